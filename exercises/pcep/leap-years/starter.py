def is_leap(year):
    """Return True if `year` is a leap year in the Gregorian calendar."""
    # TODO: divisible by 4, but not by 100 - unless also divisible by 400.
    #       One Boolean expression with `and` / `or` is enough.
    pass


def days_in_month(year, month):
    """Return the number of days in `month` (1-12) of `year`, or None."""
    # TODO: None for a month outside 1-12; February depends on is_leap();
    #       April, June, September and November have 30 days; the rest 31.
    pass


def is_valid_date(year, month, day):
    """Return True if day/month/year is a date that exists."""
    # TODO: year 1 or later, month 1-12, day from 1 to the month's length.
    pass
