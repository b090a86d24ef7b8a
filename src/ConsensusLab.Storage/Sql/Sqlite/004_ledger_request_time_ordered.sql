-- Issue 15: the pages and load tools send time-ordered request ids (UUIDv7), so with the request id before the
-- participant a session's new keys land at the right-hand edge of the index and a group commit touches a few leaves,
-- not one random leaf per answer. Same columns, same uniqueness, same WHERE: the retry guard is unchanged.
DROP INDEX ledger_request;
CREATE UNIQUE INDEX ledger_request ON ledger (session_code, request_id, participant_id) WHERE request_id IS NOT NULL;
