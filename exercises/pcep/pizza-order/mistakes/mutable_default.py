# Mistake: uses a list as the default value (order=[]). The default list is
# created only once, so every new order keeps the pizzas of the previous ones.
BASE_PRICES = {"small": 7.00, "medium": 9.00, "large": 11.50}
EXTRA_CHEESE = 1.50
TOPPING = 0.80
DELIVERY_FEE = 2.50


def price(size, extra_cheese=False, toppings=0, delivery=True):
    """Return the price of a one-pizza order."""
    total = BASE_PRICES[size] + toppings * TOPPING
    if extra_cheese:
        total += EXTRA_CHEESE
    if delivery:
        total += DELIVERY_FEE
    return total


def add_pizza(size, order=[]):
    """Append size to order (a new list when none is given) and return it."""
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
