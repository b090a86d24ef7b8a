SELECT session_code, participant_id, group_code, country, attendance, gender, age_band, joined_at, withdrawn_at
FROM participants WHERE session_code = @session_code ORDER BY joined_at, participant_id;
