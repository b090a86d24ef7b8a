-- First write: fails silently (no row changed) if another writer inserted first.
INSERT INTO grain_state (grain_type, grain_key, version, payload, updated_at)
VALUES ($grain_type, $grain_key, 1, $payload, $updated_at)
ON CONFLICT (grain_type, grain_key) DO NOTHING;
