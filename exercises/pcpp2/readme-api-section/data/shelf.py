"""Shelf locations of the Corner Bookshop."""

SECTIONS = ["fiction", "history", "science"]


def locate(isbn, store="main"):
    """Return the shelf code of a book, like "F-12".

    Looks the ISBN up in the local catalogue; falls back to the
    warehouse when the store has no copy.
    """


def _cache_key(isbn):
    """Private helper: not part of the API."""


def move(isbn, to_shelf, *, reason=None):
    pass


class Shelf:
    """One shelf: a code, a section and the books on it.

    Shelves are created by the inventory import.
    """

    def __init__(self, code, section, capacity=40):
        """Create an empty shelf."""

    def add(self, isbn, copies=1):
        """Put copies of a book on the shelf;
        raise ValueError when it is full."""

    def _rebalance(self):
        pass

    def free_space(self):
        pass


class Section:
    def describe(self):
        """A one-line summary for the shop's floor plan."""
