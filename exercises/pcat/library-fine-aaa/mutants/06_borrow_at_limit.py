# a reader who owes exactly 5.00 EUR can still borrow
"""Late fines at the Elm Street public library.

Money is in euro cents (an int). Dates are datetime.date objects.
"""

DAILY_CENTS = {"book": 25, "dvd": 100, "magazine": 15}
MAX_CENTS = {"book": 1000, "dvd": 2500, "magazine": 300}
GRACE_DAYS = 2          # up to 2 days late costs nothing
CHILD_AGE_LIMIT = 16    # readers under 16 pay half, rounded down
BORROWING_LIMIT_CENTS = 500


def fine_cents(item_type, due, returned, age):
    """Return the fine for an item of `item_type` due on `due`, returned on
    `returned`, by a reader aged `age`."""
    if item_type not in DAILY_CENTS:
        raise ValueError(f"unknown item type: {item_type!r}")
    days_late = (returned - due).days
    if days_late <= GRACE_DAYS:
        return 0
    fine = days_late * DAILY_CENTS[item_type]
    if age < CHILD_AGE_LIMIT:
        fine = fine // 2
    return min(fine, MAX_CENTS[item_type])


class Card:
    """A reader's library card, with the fines they still owe."""

    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.owed_cents = 0

    def return_item(self, item_type, due, returned):
        """Record a returned item; add its fine to what is owed and return it."""
        fine = fine_cents(item_type, due, returned, self.age)
        self.owed_cents += fine
        return fine

    def pay(self, cents):
        """Pay off part or all of what is owed."""
        if cents <= 0 or cents > self.owed_cents:
            raise ValueError(f"can pay 1 to {self.owed_cents} cents, not {cents}")
        self.owed_cents -= cents

    def can_borrow(self):
        """Readers who owe 5.00 EUR or more cannot borrow."""
        return self.owed_cents <= BORROWING_LIMIT_CENTS
