-- Every answer of a group commit in one statement. Each input row takes its sequence in the CTE, so the result
-- says which row (ord, from 1) got which sequence without relying on the order in which rows are inserted or
-- returned. A data-modifying CTE always runs to completion, read or not.
WITH input AS MATERIALIZED (
  SELECT nextval('ledger_sequence') AS sequence, u.*
  FROM unnest(@session_codes, @question_ids, @rounds, @participant_ids, @group_codes, @request_ids, @answers, @recorded_ats, @kinds)
    WITH ORDINALITY AS u (session_code, question_id, round, participant_id, group_code, request_id, answer, recorded_at, kind, ord)
), inserted AS (
  INSERT INTO ledger (sequence, session_code, question_id, round, participant_id, group_code, request_id, answer, recorded_at, kind)
  OVERRIDING SYSTEM VALUE
  SELECT sequence, session_code, question_id, round, participant_id, group_code, request_id, answer, recorded_at, kind FROM input
)
SELECT ord, sequence FROM input;
