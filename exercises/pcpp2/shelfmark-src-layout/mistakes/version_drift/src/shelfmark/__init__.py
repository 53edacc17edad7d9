# Mistake: the version was bumped in pyproject.toml (1.2.0) but not in
# __init__.py (1.1.0): two copies of one fact drift apart.
"""shelfmark: ISBN tools for the Corner Bookshop's catalogue."""
from .isbn import is_valid_isbn13, isbn10_to_13, normalize_isbn

__version__ = "1.1.0"
__all__ = ["normalize_isbn", "is_valid_isbn13", "isbn10_to_13"]
