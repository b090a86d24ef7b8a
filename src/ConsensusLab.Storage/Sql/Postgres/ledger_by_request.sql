SELECT sequence, session_code, question_id, round, participant_id, group_code, request_id, answer, recorded_at, kind
FROM ledger WHERE session_code = @session_code AND participant_id = @participant_id AND request_id = @request_id;
