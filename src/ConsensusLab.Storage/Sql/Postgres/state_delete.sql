-- Version-checked delete: removes (and returns) no row unless the stored version is the one the writer read.
DELETE FROM grain_state WHERE state_name = @state_name AND grain_id = @grain_id AND version = @expected_version
RETURNING version;
