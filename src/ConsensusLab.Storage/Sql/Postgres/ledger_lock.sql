-- Serialises ledger commits between nodes: sequences are assigned while this lock is held and it is released only
-- after the commit is visible, so commit order equals sequence order and a reader that has seen a sequence has
-- seen every lower one. The key is an arbitrary constant that only ConsensusLab's ledger takes.
SELECT pg_advisory_xact_lock(7316422913041528);
