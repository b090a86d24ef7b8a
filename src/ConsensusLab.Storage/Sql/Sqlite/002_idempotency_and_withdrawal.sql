-- A retried request (same participant, same request id) is recognised and counted once, also after a restart.
CREATE UNIQUE INDEX ledger_request ON ledger (session_code, participant_id, request_id) WHERE request_id IS NOT NULL;
-- Withdrawals are ledger entries too; answers are the default kind.
ALTER TABLE ledger ADD COLUMN kind TEXT NOT NULL DEFAULT 'Answer';
ALTER TABLE participants ADD COLUMN withdrawn_at TEXT;
