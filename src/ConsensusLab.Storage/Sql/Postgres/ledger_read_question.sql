SELECT sequence, session_code, question_id, round, participant_id, group_code, request_id, answer, recorded_at, kind
FROM ledger WHERE session_code = @session_code AND question_id = @question_id AND sequence > @after_sequence ORDER BY sequence;
