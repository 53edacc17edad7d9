# Prices in euros.
BASE_PRICES = {"small": 7.00, "medium": 9.00, "large": 11.50}


# TODO: give extra_cheese, toppings and delivery their default values.
def price(size, extra_cheese, toppings, delivery):
    """Return the price of a one-pizza order."""
    # TODO: base price + 1.50 for extra cheese + 0.80 per topping
    #       + 2.50 for delivery.
    return None


# TODO: make order optional.
def add_pizza(size, order):
    """Append size to order (a new list when none is given) and return it."""
    # TODO: start a new list when no order was given, then append the size.
    return None


def order_total(order, delivery=True):
    """Return the price of a group order of plain pizzas."""
    # TODO: add up the plain pizzas (hint: call price() with delivery=False)
    #       and charge the delivery fee once.
    return None
