def permission_bit(who, what):
    """Return the single bit for `who` ("u", "g", "o") and `what` ("r", "w", "x")."""
    if what == "r":
        value = 4
    elif what == "w":
        value = 2
    else:
        value = 1
    if who == "u":
        return value << 6
    elif who == "g":
        return value << 3
    else:
        return value


def to_symbolic(mode):
    """Return the 9-character form of `mode`, e.g. 0o754 -> "rwxr-xr--"."""
    text = ""
    for shift in (6, 3, 0):
        digit = (mode >> shift) & 0o7
        for letter, value in (("r", 4), ("w", 2), ("x", 1)):
            if digit & value:
                text += letter
            else:
                text += "-"
    return text


def can(mode, who, what):
    """Return True if `mode` gives `who` the permission `what`."""
    return mode & permission_bit(who, what) != 0


def grant(mode, who, what):
    """Return `mode` with the permission switched on."""
    return mode | permission_bit(who, what)


def revoke(mode, who, what):
    """Return `mode` with the permission switched off."""
    return mode & ~permission_bit(who, what)
