# Mistake: no __all__, so "from shelfmark import *" also hands out the
# submodule isbn (importing shelfmark.isbn makes it an attribute of the package).
"""shelfmark: ISBN tools for the Corner Bookshop's catalogue."""
from .isbn import is_valid_isbn13, isbn10_to_13, normalize_isbn

__version__ = "1.2.0"
