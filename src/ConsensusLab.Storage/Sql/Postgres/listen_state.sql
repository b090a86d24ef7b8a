LISTEN consensuslab_state;
