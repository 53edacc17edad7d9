# Mistake: Shipped inherits a cancel() copied from Paid, so an order already
# on the truck can be cancelled and refunded.
"""The life of a web-shop order: the State pattern."""
from decimal import Decimal

RETURN_DAYS = 14


class OrderState:
    """Base state: every event is refused unless a state allows it."""

    name = "?"

    def refuse(self, event):
        return f"error: cannot {event} when {self.name}"

    def pay(self, order, amount):
        return self.refuse("pay")

    def cancel(self, order):
        return self.refuse("cancel")

    def ship(self, order):
        return self.refuse("ship")

    def deliver(self, order, day):
        return self.refuse("deliver")

    def give_back(self, order, day):
        return self.refuse("return")


class Pending(OrderState):
    name = "pending"

    def pay(self, order, amount):
        if amount != order.total:
            return f"error: expected {order.total}"
        return order.move_to(Paid())

    def cancel(self, order):
        return order.move_to(Cancelled())


class Paid(OrderState):
    name = "paid"

    def cancel(self, order):
        return order.move_to(Cancelled()) + f", refund {order.total}"

    def ship(self, order):
        return order.move_to(Shipped())


class Shipped(OrderState):
    name = "shipped"

    def cancel(self, order):
        return order.move_to(Cancelled()) + f", refund {order.total}"

    def deliver(self, order, day):
        order.delivered_on = day
        return order.move_to(Delivered())


class Delivered(OrderState):
    name = "delivered"

    def give_back(self, order, day):
        if day - order.delivered_on > RETURN_DAYS:
            return "error: return window closed"
        return order.move_to(Returned()) + f", refund {order.total}"


class Cancelled(OrderState):
    name = "cancelled"


class Returned(OrderState):
    name = "returned"


class Order:
    """The context: delegates every event to its current state."""

    def __init__(self, total):
        self.total = Decimal(total)
        self.state = Pending()
        self.delivered_on = None

    def move_to(self, state):
        self.state = state
        return f"ok: {state.name}"

    def handle(self, event, argument=None):
        """Apply one event ("pay 49.90", "ship"...) and return the outcome."""
        if event == "pay":
            return self.state.pay(self, Decimal(argument))
        if event == "cancel":
            return self.state.cancel(self)
        if event == "ship":
            return self.state.ship(self)
        if event == "deliver":
            return self.state.deliver(self, int(argument))
        if event == "return":
            return self.state.give_back(self, int(argument))
        return f"error: unknown event {event}"


def simulate(total, events):
    """Run events like ["pay 49.90", "ship"] on a new order; return the outcomes."""
    order = Order(total)
    outcomes = []
    for line in events:
        event, _, argument = line.partition(" ")
        outcomes.append(order.handle(event, argument or None))
    return outcomes
