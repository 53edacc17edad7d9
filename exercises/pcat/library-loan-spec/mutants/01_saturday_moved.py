# due dates falling on a Saturday (not Sunday) are moved to the next day
"""Loan rules of the Millbrook Public Library.

Money is in cents (int). Dates are datetime.date objects. The library is
closed on Sundays.
"""
from datetime import timedelta

LOAN_DAYS = {"book": 21, "dvd": 3, "magazine": 10}
DAILY_FINE_CENTS = {"book": 20, "dvd": 100, "magazine": 10}
MAX_FINE_CENTS = 1000
MAX_RENEWALS = 2
SUNDAY = 5


def _kind(kind):
    key = kind.strip().lower()
    if key not in LOAN_DAYS:
        raise ValueError(f"unknown item kind: {kind!r}")
    return key


def due_date(kind, borrowed_on):
    """Return the day an item borrowed on `borrowed_on` must be back.

    A due date that falls on a Sunday moves to the Monday after.
    """
    due = borrowed_on + timedelta(days=LOAN_DAYS[_kind(kind)])
    if due.weekday() == SUNDAY:
        due += timedelta(days=1)
    return due


def fine_cents(kind, due, returned):
    """Return the fine, in cents, for an item returned on `returned`."""
    days_late = (returned - due).days
    if days_late <= 0:
        return 0
    return min(days_late * DAILY_FINE_CENTS[_kind(kind)], MAX_FINE_CENTS)


def can_renew(renewals, due, today, reserved=False):
    """Return True when a loan may be renewed once more today.

    A loan may be renewed at most twice, on or before its due date, and not
    when another reader has reserved the item.
    """
    return renewals < MAX_RENEWALS and today <= due and not reserved
