-- One notification per question of the batch; PostgreSQL delivers them only if (and when) the transaction commits.
SELECT pg_notify('consensuslab_ledger', payload) FROM unnest(@payloads) AS payload;
