def shipping_cost(weight, zone, express):
    """Return the price in euros, or None if the parcel cannot be sent."""
    # TODO: return None for an unknown zone, or a weight that is 0 or less
    #       or more than 30 kg.
    # TODO: find the standard price from the weight band and the zone.
    # TODO: if express is True: domestic adds 5.00, eu and world double the
    #       price, and world parcels over 10 kg cannot go express (None).
    pass
