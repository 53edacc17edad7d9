# the gateway's PaymentError escapes instead of becoming PaymentDeclined
"""Order service of the Fernhill Garden Centre's web shop.

place_order() checks a whole order before anything happens: when it raises,
no money has been taken and the stock is exactly as it was.
Prices are in cents.
"""


class OrderError(Exception):
    """Base class of every error of an order the shop refuses."""


class UnknownProduct(OrderError):
    def __init__(self, sku):
        super().__init__(f"unknown product: {sku}")
        self.sku = sku


class InvalidQuantity(OrderError):
    def __init__(self, sku, quantity):
        super().__init__(f"{sku}: quantity must be a whole number from 1 to 99, got {quantity!r}")
        self.sku = sku
        self.quantity = quantity


class OutOfStock(OrderError):
    def __init__(self, sku, requested, available):
        super().__init__(f"{sku}: {requested} requested, only {available} in stock")
        self.sku = sku
        self.requested = requested
        self.available = available


class PaymentDeclined(OrderError):
    def __init__(self, reason):
        super().__init__(f"payment declined: {reason}")
        self.reason = reason


class PaymentError(Exception):
    """Raised by the payment gateway (not by this module) when a charge fails."""


class OrderService:
    def __init__(self, stock, prices, gateway):
        self.stock = stock      # sku -> units in stock
        self.prices = prices    # sku -> unit price in cents
        self.gateway = gateway  # has charge(customer, amount_in_cents)

    def place_order(self, customer, lines):
        """Sell the (sku, quantity) `lines` to `customer`; return the total in cents.

        Checks, in this order: the order has lines (else OrderError); every
        SKU is known (UnknownProduct) with a quantity from 1 to 99
        (InvalidQuantity); the stock covers each SKU, lines of the same SKU
        added together (OutOfStock). Then charges the customer once; a
        PaymentError of the gateway becomes PaymentDeclined, chained to it.
        Only after a successful payment is the stock reduced.
        """
        if not lines:
            raise OrderError("an order needs at least one line")
        wanted = {}
        for sku, quantity in lines:
            if sku not in self.prices:
                raise UnknownProduct(sku)
            if type(quantity) is not int or not 1 <= quantity <= 99:
                raise InvalidQuantity(sku, quantity)
            wanted[sku] = wanted.get(sku, 0) + quantity
        for sku, quantity in wanted.items():
            available = self.stock.get(sku, 0)
            if quantity > available:
                raise OutOfStock(sku, quantity, available)
        total = sum(self.prices[sku] * quantity for sku, quantity in wanted.items())
        self.gateway.charge(customer, total)
        for sku, quantity in wanted.items():
            self.stock[sku] -= quantity
        return total
