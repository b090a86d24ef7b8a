-- Version-checked write: changes (and returns) no row unless the stored version is the one the writer read.
UPDATE grain_state
SET version = version + 1, payload = @payload, updated_at = clock_timestamp()
WHERE grain_type = @grain_type AND grain_key = @grain_key AND version = @expected_version
RETURNING version;
