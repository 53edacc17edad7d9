# Mistake: FraudCheck is listed before AuditLog, so it comes first in the MRO:
# a refused payment is never audited, and the audit lines move inside.
"""Checkout pipelines assembled from cooperative mixins."""


class Gateway:
    """A payment gateway; Checkout only needs its charge(amount) method."""

    def __init__(self, name):
        self.name = name

    def charge(self, amount):
        return f"charged {amount} via {self.name}"


class Checkout:
    """Charges an amount through the gateway it is composed with."""

    def __init__(self, gateway, **kwargs):
        super().__init__(**kwargs)
        self.gateway = gateway

    def process(self, amount):
        return [self.gateway.charge(amount)]


class FraudCheck(Checkout):
    """Refuses amounts over `limit` before anything is charged."""

    def __init__(self, *args, limit=1000, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit = limit

    def process(self, amount):
        if amount > self.limit:
            return [f"refused {amount} over limit {self.limit}"]
        return ["fraud check"] + super().process(amount)


class AuditLog(Checkout):
    """Wraps the whole rest of the pipeline in audit lines."""

    def process(self, amount):
        return ["audit start"] + super().process(amount) + ["audit end"]


class Receipt(Checkout):
    """Adds a receipt after a successful charge."""

    def process(self, amount):
        return super().process(amount) + [f"receipt {amount}"]


class ShopCheckout(FraudCheck, AuditLog, Receipt):
    """The web shop's pipeline: audit, fraud check, charge, receipt."""


def mro_names(cls):
    """The names of the classes in cls's method resolution order."""
    return [klass.__name__ for klass in cls.__mro__]
