def add(a, b):
    """Return the sum of a and b."""
    # TODO: return the sum of a and b.
    return None
