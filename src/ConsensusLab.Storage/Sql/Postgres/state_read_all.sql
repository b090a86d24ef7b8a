SELECT grain_key, payload, version FROM grain_state WHERE grain_type = @grain_type ORDER BY updated_at, grain_key;
