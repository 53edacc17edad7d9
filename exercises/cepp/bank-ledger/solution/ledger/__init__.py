"""ledger: an event-sourced bank ledger with undoable commands."""
