# Mistake: when the second item is out of stock, the first one stays
# reserved: a half-reserved order nobody will ever pay for.
"""One call to place an order: a Facade over four subsystems."""


class PaymentDeclined(Exception):
    """The bank refused the card."""


class ShippingError(Exception):
    """No carrier can take the parcel."""


class Checkout:
    """The web shop's single entry point for placing an order.

    The handlers call place_order(); only this class knows the order in
    which the inventory, payments, shipping and mailer subsystems are used
    and how to undo the earlier steps when a later one fails.
    """

    def __init__(self, inventory, payments, shipping, mailer):
        self.inventory = inventory
        self.payments = payments
        self.shipping = shipping
        self.mailer = mailer

    def _release(self, reserved):
        for sku, quantity in reserved:
            self.inventory.release(sku, quantity)

    def place_order(self, order_id, email, items, card, address):
        """Reserve, charge, ship and confirm; return a short status text."""
        reserved = []
        for sku, quantity in items.items():
            if not self.inventory.reserve(sku, quantity):
                return f"out of stock: {sku}"
            reserved.append((sku, quantity))
        amount = sum(self.inventory.price_of(sku) * quantity
                     for sku, quantity in items.items())
        try:
            transaction = self.payments.charge(card, amount)
        except PaymentDeclined:
            self._release(reserved)
            return "payment declined"
        try:
            tracking = self.shipping.book(address, items)
        except ShippingError:
            self.payments.refund(transaction)
            self._release(reserved)
            return "shipping unavailable"
        self.mailer.send(email, f"Order {order_id} confirmed", f"Tracking number: {tracking}")
        return f"confirmed: {tracking}"
