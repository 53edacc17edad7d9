# a second voucher is ignored: the first one stays
"""Checkout of the Green Leaf tea shop's web store.

Every amount is an int of cents: 8.50 € is 850.
"""

SHIPPING = 490              # 4.90 €
FREE_SHIPPING_FROM = 5000   # 50.00 €, after the voucher
TENOFF_MINIMUM = 4000       # 40.00 €


class VoucherError(Exception):
    """A voucher that does not exist or cannot be used on this order."""


class EmptyCartError(Exception):
    """Checking out a cart with nothing in it."""


class Cart:
    def __init__(self):
        self._lines = {}     # tea name -> [unit price, quantity]
        self.voucher = None  # the code of the voucher applied, if any

    def add(self, name, unit_price, quantity=1):
        """Add `quantity` of the tea `name`; the same tea again adds to its line."""
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        if name in self._lines:
            self._lines[name][1] += quantity
        else:
            self._lines[name] = [unit_price, quantity]

    def quantity(self, name):
        """How many of the tea `name` the cart holds (0 if none)."""
        return self._lines[name][1] if name in self._lines else 0

    def apply_voucher(self, code):
        """Use the voucher `code` for this order, instead of any earlier one."""
        if code not in ("TENOFF", "WELCOME15"):
            raise VoucherError(f"unknown voucher: {code}")
        self.voucher = self.voucher or code

    def checkout(self):
        """Return the receipt: {"subtotal", "discount", "shipping", "total"} in cents."""
        if not self._lines:
            raise EmptyCartError("the cart is empty")
        subtotal = sum(price * quantity for price, quantity in self._lines.values())
        discount = 0
        if self.voucher == "TENOFF":
            if subtotal < TENOFF_MINIMUM:
                raise VoucherError("TENOFF needs a subtotal of at least 40.00 €")
            discount = 1000
        elif self.voucher == "WELCOME15":
            discount = subtotal * 15 // 100
        after_voucher = subtotal - discount
        shipping = 0 if after_voucher >= FREE_SHIPPING_FROM else SHIPPING
        return {"subtotal": subtotal, "discount": discount,
                "shipping": shipping, "total": after_voucher + shipping}
