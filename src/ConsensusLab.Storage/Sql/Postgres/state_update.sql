-- Version-checked write: changes (and returns) no row unless the stored version is the one the writer read.
UPDATE grain_state
SET version = version + 1, payload = @payload, updated_at = clock_timestamp()
WHERE state_name = @state_name AND grain_id = @grain_id AND version = @expected_version
RETURNING version;
