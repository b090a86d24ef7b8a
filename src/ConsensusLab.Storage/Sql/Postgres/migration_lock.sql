-- Serialises schema migration between nodes that start at once; released when the transaction ends.
-- The key is an arbitrary constant that only ConsensusLab's migrations take.
SELECT pg_advisory_xact_lock(7316422913041527);
