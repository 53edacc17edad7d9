"""The `shelfmark` command: check ISBNs given on the command line."""
import sys

from .isbn import is_valid_isbn13, normalize_isbn


def main(argv=None):
    """Print VALID or INVALID for each ISBN-13; return 0 if all are valid, else 1."""
    args = sys.argv[1:] if argv is None else argv
    status = 0
    for text in args:
        ok = is_valid_isbn13(text)
        print(f"{normalize_isbn(text)} {'VALID' if ok else 'INVALID'}")
        if not ok:
            status = 1
    return status
