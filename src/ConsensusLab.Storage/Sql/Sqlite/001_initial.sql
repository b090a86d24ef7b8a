-- Grain state: one row per grain; a write names the version it read (optimistic concurrency).
CREATE TABLE grain_state (
  grain_type TEXT NOT NULL,
  grain_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  payload TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (grain_type, grain_key)
) WITHOUT ROWID;

-- The response ledger: append-only, the truth every aggregate is rebuilt from.
CREATE TABLE ledger (
  sequence INTEGER PRIMARY KEY AUTOINCREMENT,
  session_code TEXT NOT NULL,
  question_id TEXT NOT NULL,
  round INTEGER NOT NULL,
  participant_id TEXT NOT NULL,
  group_code TEXT NOT NULL,
  request_id TEXT,
  answer TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX ledger_by_question ON ledger (session_code, question_id, sequence);

-- Participants by per-session pseudonym; the token is kept only as its SHA-256 hash.
CREATE TABLE participants (
  session_code TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  token_hash BLOB NOT NULL UNIQUE,
  group_code TEXT NOT NULL,
  country TEXT NOT NULL,
  attendance TEXT NOT NULL,
  gender TEXT,
  age_band TEXT,
  joined_at TEXT NOT NULL,
  PRIMARY KEY (session_code, participant_id)
) WITHOUT ROWID;
