# Build the checkout pipeline from cooperative mixins (see the README).
# Every process() must call super().process(amount) so that each class in
# the MRO runs exactly once.


class Gateway:
    def __init__(self, name):
        self.name = name

    def charge(self, amount):
        return f"charged {amount} via {self.name}"


class Checkout:
    def __init__(self, gateway, **kwargs):
        super().__init__(**kwargs)
        self.gateway = gateway

    def process(self, amount):
        return [self.gateway.charge(amount)]


class FraudCheck(Checkout):
    # TODO: __init__ takes a keyword-only limit=1000 and passes the rest on;
    #       process() refuses amounts over the limit
    pass


class AuditLog(Checkout):
    # TODO: "audit start" + the rest of the pipeline + "audit end"
    pass


class Receipt(Checkout):
    # TODO: the rest of the pipeline + "receipt AMOUNT"
    pass


# TODO: class ShopCheckout(...) with the bases in the right order


def mro_names(cls):
    # TODO: the class names of cls.__mro__
    return []
