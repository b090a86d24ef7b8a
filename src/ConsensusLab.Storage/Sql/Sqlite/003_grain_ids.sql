-- Grain state is keyed by the state's name and the grain's full id ("question/ABC123/q1"), as Orleans' storage
-- contract has it. The grain types are named after their states, so existing keys only gain their type.
ALTER TABLE grain_state RENAME COLUMN grain_type TO state_name;
ALTER TABLE grain_state RENAME COLUMN grain_key TO grain_id;
UPDATE grain_state SET grain_id = state_name || '/' || grain_id;
