def to_symbolic(mode):
    """Return the 9-character form of `mode`, e.g. 0o754 -> "rwxr-xr--"."""
    # TODO: for the user, group and others digits (shift right by 6, 3, 0
    #       and keep the last 3 bits with & 0o7), test the bits 4, 2 and 1
    #       and add "r", "w", "x" or "-".
    return None


def can(mode, who, what):
    """Return True if `mode` gives `who` the permission `what`."""
    # TODO: build the bit for who/what (4, 2 or 1, shifted left by 6, 3 or 0)
    #       and test it with &. Return a bool, not an int.
    return None


def grant(mode, who, what):
    """Return `mode` with the permission switched on."""
    # TODO: switch the bit on with |.
    return mode  # unchanged for now


def revoke(mode, who, what):
    """Return `mode` with the permission switched off."""
    # TODO: switch the bit off with & and ~.
    return mode  # unchanged for now
