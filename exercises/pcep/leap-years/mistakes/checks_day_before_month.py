# Mistake: compares the day with days_in_month() before checking the month, so month 13 crashes with a TypeError (comparing with None).
def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
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
    return (year >= 1 and 1 <= day <= days_in_month(year, month)
            and 1 <= month <= 12)
