# returning a book that is not on loan returns 0 instead of raising KeyError
"""Loans of the Riverside community library."""
from datetime import date, timedelta

LOAN_DAYS = 14      # a book is due 14 days after it was lent
FINE_PER_DAY = 25   # cents for every day after the due date
MAX_FINE = 500      # cents: the fine never grows beyond this


class LoanDesk:
    def __init__(self, today=date.today):
        self._today = today  # a function without arguments that returns a date
        self._loans = {}     # book id -> (member, due date)

    def lend(self, book_id, member):
        """Lend a book; return its due date. A book already on loan is refused."""
        if book_id in self._loans:
            raise ValueError(f"{book_id} is already on loan")
        due = self._today() + timedelta(days=LOAN_DAYS)
        self._loans[book_id] = (member, due)
        return due

    def is_overdue(self, book_id):
        """True once the due date has passed (on the due date itself: False)."""
        member, due = self._loans[book_id]
        return self._today() > due

    def overdue(self):
        """The ids of the overdue books, sorted."""
        today = self._today()
        return sorted(book for book, (member, due) in self._loans.items() if today > due)

    def return_book(self, book_id):
        """Take a book back; return the fine in cents. Unknown ids raise KeyError."""
        if book_id not in self._loans:
            return 0
        member, due = self._loans.pop(book_id)
        days_late = (self._today() - due).days
        return min(max(days_late, 0) * FINE_PER_DAY, MAX_FINE)
