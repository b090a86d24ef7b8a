SELECT grain_id, payload, version FROM grain_state WHERE state_name = @state_name ORDER BY updated_at, grain_id;
