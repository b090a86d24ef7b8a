-- Every statement of a group commit returns a result set (the writer pairs them with its writes): RETURNING.
UPDATE participants SET withdrawn_at = @withdrawn_at
WHERE session_code = @session_code AND participant_id = @participant_id AND withdrawn_at IS NULL
RETURNING participant_id;
