INSERT INTO ledger (session_code, question_id, round, participant_id, group_code, request_id, answer, recorded_at, kind)
VALUES (@session_code, @question_id, @round, @participant_id, @group_code, @request_id, @answer, @recorded_at, @kind)
RETURNING sequence;
