# Mistake: everything is tidy except the test for None, still written
# `baskets == None` instead of `baskets is None`.
"""Helpers for the daily sales figures of the shop's tills.

Amounts are whole numbers of cents, so that sums never suffer from
floating-point rounding.
"""
import statistics

VAT_RATE = 0.2


def net_to_gross(amount_cents):
    """Return the amount with VAT added, rounded to whole cents."""
    return round(amount_cents * (1 + VAT_RATE))


def average_basket(baskets):
    """Return the mean basket in cents, or None when there are none."""
    if baskets == None or len(baskets) == 0:
        return None
    return statistics.mean(baskets)


class SalesDay:
    """The tickets of one day at the tills, in cents."""

    def __init__(self, day, tickets):
        self.day = day
        self.tickets = tickets

    def total(self):
        """Return the sum of the day's tickets."""
        result = 0
        for ticket in self.tickets:
            result = result + ticket
        return result

    def is_busy(self, threshold=100000):
        """Tell whether the day took at least threshold cents.

        The default, 100000 cents, is the 1000 EUR the shop calls busy.
        """
        return self.total() >= threshold


def parse_amount(text):
    """Return a till amount such as '12,50' in cents, or None if unreadable."""
    try:
        return round(float(text.strip().replace(",", ".")) * 100)
    except ValueError:
        return None
