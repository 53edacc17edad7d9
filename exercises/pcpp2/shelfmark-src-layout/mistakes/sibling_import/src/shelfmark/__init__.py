# Mistake: "from isbn import ..." finds isbn.py only while src/shelfmark itself
# is on sys.path (as when you run a file from that folder). Installed, the
# module is shelfmark.isbn: use a relative import, from .isbn import ...
"""shelfmark: ISBN tools for the Corner Bookshop's catalogue."""
from isbn import is_valid_isbn13, isbn10_to_13, normalize_isbn

__version__ = "1.2.0"
__all__ = ["normalize_isbn", "is_valid_isbn13", "isbn10_to_13"]
