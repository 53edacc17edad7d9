# Mistake: gives delivery the default value False, so an order placed without
# saying anything about delivery is not charged the delivery fee.
BASE_PRICES = {"small": 7.00, "medium": 9.00, "large": 11.50}
EXTRA_CHEESE = 1.50
TOPPING = 0.80
DELIVERY_FEE = 2.50


def price(size, extra_cheese=False, toppings=0, delivery=False):
    """Return the price of a one-pizza order."""
    total = BASE_PRICES[size] + toppings * TOPPING
    if extra_cheese:
        total += EXTRA_CHEESE
    if delivery:
        total += DELIVERY_FEE
    return total


def add_pizza(size, order=None):
    """Append size to order (a new list when none is given) and return it."""
    # A default of [] would be created once and shared by every call.
    if order is None:
        order = []
    order.append(size)
    return order


def order_total(order, delivery=True):
    """Return the price of a group order of plain pizzas."""
    total = 0.0
    for size in order:
        total += price(size, delivery=False)
    if delivery and order:
        total += DELIVERY_FEE
    return total
