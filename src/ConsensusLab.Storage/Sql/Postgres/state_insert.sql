-- First write: returns no row (a conflict) if another writer inserted first.
INSERT INTO grain_state (grain_type, grain_key, version, payload, updated_at)
VALUES (@grain_type, @grain_key, 1, @payload, clock_timestamp())
ON CONFLICT (grain_type, grain_key) DO NOTHING
RETURNING version;
