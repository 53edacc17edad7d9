# Mistake: adds the 5.00 domestic express surcharge in every zone instead of doubling the price abroad.
def shipping_cost(weight, zone, express):
    if zone not in ("domestic", "eu", "world") or weight <= 0 or weight > 30:
        return None
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
        if zone == "world" and weight > 10:
            return None
        price += 5.00
    return price
