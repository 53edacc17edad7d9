ZONES = ("domestic", "eu", "world")
MAX_WEIGHT = 30


def shipping_cost(weight, zone, express):
    """Return the price in euros, or None if the parcel cannot be sent."""
    if zone not in ZONES or weight <= 0 or weight > MAX_WEIGHT:
        return None

    # Standard price: pick the weight band first, then the zone.
    if weight <= 2:
        if zone == "domestic":
            price = 4.90
        elif zone == "eu":
            price = 9.90
        else:
            price = 19.90
    elif weight <= 10:
        if zone == "domestic":
            price = 7.90
        elif zone == "eu":
            price = 15.90
        else:
            price = 34.90
    else:
        if zone == "domestic":
            price = 12.90
        elif zone == "eu":
            price = 29.90
        else:
            price = 69.90

    if express:
        if zone == "domestic":
            price += 5.00
        elif zone == "world" and weight > 10:
            return None  # no express service for heavy parcels abroad
        else:
            price *= 2

    return price
