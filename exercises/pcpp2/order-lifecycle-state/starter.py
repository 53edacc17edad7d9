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
    # TODO: allow pay (right amount only) and cancel


# TODO: Paid, Shipped, Delivered, Cancelled, Returned (see the README)


class Order:
    def __init__(self, total):
        self.total = Decimal(total)
        self.state = Pending()
        self.delivered_on = None

    def move_to(self, state):
        self.state = state
        return f"ok: {state.name}"

    def handle(self, event, argument=None):
        # TODO: pass the event to the current state
        return f"error: unknown event {event}"


def simulate(total, events):
    order = Order(total)
    outcomes = []
    for line in events:
        event, _, argument = line.partition(" ")
        outcomes.append(order.handle(event, argument or None))
    return outcomes
