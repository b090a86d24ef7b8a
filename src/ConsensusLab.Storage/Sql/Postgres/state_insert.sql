-- First write: returns no row (a conflict) if another writer inserted first.
INSERT INTO grain_state (state_name, grain_id, version, payload, updated_at)
VALUES (@state_name, @grain_id, 1, @payload, clock_timestamp())
ON CONFLICT (state_name, grain_id) DO NOTHING
RETURNING version;
