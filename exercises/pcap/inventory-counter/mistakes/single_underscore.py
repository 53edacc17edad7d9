# Mistake: stores the code as self._secret (one underscore): only a naming
# convention, so Python does not mangle it to _Item__secret.
class Item:
    created = 0      # how many Item objects exist so far (shared)
    unit = "pcs"     # default unit for every item (shared)

    def __init__(self, name, quantity=0, secret=""):
        Item.created += 1
        self.item_id = Item.created
        self.name = name
        self.quantity = quantity
        self._secret = secret

    def restock(self, amount):
        if not isinstance(amount, int) or amount <= 0:
            raise ValueError("amount must be a positive int")
        self.quantity += amount

    def check_secret(self, guess):
        return guess == self._secret

    def set_unit(self, unit):
        self.unit = unit

    def public_fields(self):
        return {key: value for key, value in self.__dict__.items()
                if not key.startswith("_")}

