LISTEN consensuslab_ledger;
