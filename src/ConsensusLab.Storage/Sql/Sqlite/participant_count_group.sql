SELECT COUNT(*) FROM participants WHERE session_code = $session_code AND group_code = $group_code AND withdrawn_at IS NULL;
