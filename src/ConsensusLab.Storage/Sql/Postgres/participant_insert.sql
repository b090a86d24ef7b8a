INSERT INTO participants (session_code, participant_id, token_hash, group_code, country, attendance, gender, age_band, joined_at)
VALUES (@session_code, @participant_id, @token_hash, @group_code, @country, @attendance, @gender, @age_band, @joined_at)
RETURNING participant_id;
