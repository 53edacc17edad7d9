"""Pickle snapshots of the bank."""


def save(bank, path):
    """TODO: pickle the bank to `path` (create the folder)."""


def load(path):
    """TODO: the bank pickled at `path`."""


def export_csv(bank, path):
    """TODO: write the events as CSV: header seq,kind,account,amount; amount as fmt() text."""
