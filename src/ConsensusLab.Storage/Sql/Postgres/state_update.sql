-- Version-checked write: changes (and returns) no row unless the stored version is the one the writer read. The
-- other nodes hear of the change (consensuslab_state) when, and only if, the transaction commits.
WITH updated AS (
  UPDATE grain_state
  SET version = version + 1, payload = @payload, updated_at = clock_timestamp()
  WHERE grain_type = @grain_type AND grain_key = @grain_key AND version = @expected_version
  RETURNING version, grain_type, grain_key
)
SELECT version, pg_notify('consensuslab_state', grain_type || '|' || grain_key || '|' || @node)::text FROM updated;
