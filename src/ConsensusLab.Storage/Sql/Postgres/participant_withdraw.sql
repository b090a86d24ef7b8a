UPDATE participants SET withdrawn_at = @withdrawn_at
WHERE session_code = @session_code AND participant_id = @participant_id AND withdrawn_at IS NULL;
