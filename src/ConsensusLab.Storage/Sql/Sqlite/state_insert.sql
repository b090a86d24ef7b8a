-- First write: changes no row if another writer inserted first.
INSERT INTO grain_state (state_name, grain_id, version, payload, updated_at)
VALUES ($state_name, $grain_id, 1, $payload, $updated_at)
ON CONFLICT (state_name, grain_id) DO NOTHING;
