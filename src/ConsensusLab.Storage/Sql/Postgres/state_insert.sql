-- First write: returns no row (a conflict) if another writer inserted first. The other nodes hear of the change
-- (consensuslab_state) when, and only if, the transaction commits.
WITH inserted AS (
  INSERT INTO grain_state (grain_type, grain_key, version, payload, updated_at)
  VALUES (@grain_type, @grain_key, 1, @payload, clock_timestamp())
  ON CONFLICT (grain_type, grain_key) DO NOTHING
  RETURNING version, grain_type, grain_key
)
SELECT version, pg_notify('consensuslab_state', grain_type || '|' || grain_key || '|' || @node)::text FROM inserted;
