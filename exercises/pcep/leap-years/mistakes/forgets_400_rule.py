# Mistake: treats every century year as a common year, forgetting that years divisible by 400 (like 2000) are leap years.
def is_leap(year):
    return year % 4 == 0 and year % 100 != 0


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
    return (year >= 1 and 1 <= month <= 12
            and 1 <= day <= days_in_month(year, month))
