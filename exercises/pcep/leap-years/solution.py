def is_leap(year):
    """Return True if `year` is a leap year in the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    """Return the number of days in `month` (1-12) of `year`, or None."""
    if not 1 <= month <= 12:
        return None
    if month == 2:
        if is_leap(year):
            return 29
        return 28
    if month in (4, 6, 9, 11):
        return 30
    return 31


def is_valid_date(year, month, day):
    """Return True if day/month/year is a date that exists."""
    # `and` stops at the first False, so days_in_month() is only
    # called once we know the month is between 1 and 12.
    return (year >= 1 and 1 <= month <= 12
            and 1 <= day <= days_in_month(year, month))
