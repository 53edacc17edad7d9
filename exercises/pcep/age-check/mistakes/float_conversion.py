# Mistake: converts with int(float(text)), so a decimal age such as 12.5 is
# cut down to 12 and accepted instead of being reported as invalid.
YOUNGEST = 8
OLDEST = 17


def parse_age(text):
    """Return the age typed in `text` as an int.

    Raises ValueError when the text is not a whole number from 0 to 120;
    the caller decides what to do about it.
    """
    age = int(float(text))
    if age < 0 or age > 120:
        raise ValueError("age out of range")
    return age


def check_all(entries):
    """Return one verdict line per (name, age text) entry."""
    verdicts = []
    for name, text in entries:
        try:
            age = parse_age(text)
        except ValueError:
            verdicts.append(f"{name}: invalid age")
            continue
        if age < YOUNGEST:
            verdicts.append(f"{name}: too young")
        elif age > OLDEST:
            verdicts.append(f"{name}: too old")
        else:
            verdicts.append(f"{name}: welcome")
    return verdicts
