def parking_fee(minutes):
    """Return the parking fee in euros for a stay of `minutes` minutes."""
    # TODO: a stay of 30 minutes or less is free.
    # TODO: split the stay into full days and the minutes left over.
    # TODO: count the started hours of the leftover minutes (1.20 each)
    #       and cap that part at 9.00.
    # TODO: add 9.00 for every full day and return the total.
    return None
