-- Version-checked write: changes no row unless the stored version is the one the writer read.
UPDATE grain_state
SET version = version + 1, payload = $payload, updated_at = $updated_at
WHERE state_name = $state_name AND grain_id = $grain_id AND version = $expected_version;
