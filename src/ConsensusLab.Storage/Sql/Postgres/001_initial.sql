-- Grain state: one row per grain; a write names the version it read (optimistic concurrency).
-- The payload is text, not jsonb: jsonb would reorder keys and drop whitespace, and a grain must read back
-- exactly the bytes it wrote.
CREATE TABLE grain_state (
  grain_type text NOT NULL,
  grain_key text NOT NULL,
  version bigint NOT NULL,
  payload text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (grain_type, grain_key)
);

-- The response ledger: append-only, the truth every aggregate is rebuilt from. The identity's sequence is named
-- because a group commit takes values from it directly (ledger_append_many.sql).
CREATE TABLE ledger (
  sequence bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME ledger_sequence) PRIMARY KEY,
  session_code text NOT NULL,
  question_id text NOT NULL,
  round integer NOT NULL,
  participant_id text NOT NULL,
  group_code text NOT NULL,
  request_id text,
  answer text NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX ledger_by_question ON ledger (session_code, question_id, sequence);

-- Participants by per-session pseudonym; the token is kept only as its SHA-256 hash.
CREATE TABLE participants (
  session_code text NOT NULL,
  participant_id text NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  group_code text NOT NULL,
  country text NOT NULL,
  attendance text NOT NULL,
  gender text,
  age_band text,
  joined_at timestamptz NOT NULL,
  PRIMARY KEY (session_code, participant_id)
);
