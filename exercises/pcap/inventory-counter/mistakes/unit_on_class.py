# Mistake: set_unit assigns Item.unit, which changes the unit of EVERY item
# instead of giving this one object its own instance variable.
class Item:
    created = 0      # how many Item objects exist so far (shared)
    unit = "pcs"     # default unit for every item (shared)

    def __init__(self, name, quantity=0, secret=""):
        Item.created += 1
        self.item_id = Item.created
        self.name = name
        self.quantity = quantity
        self.__secret = secret

    def restock(self, amount):
        if not isinstance(amount, int) or amount <= 0:
            raise ValueError("amount must be a positive int")
        self.quantity += amount

    def check_secret(self, guess):
        return guess == self.__secret

    def set_unit(self, unit):
        Item.unit = unit

    def public_fields(self):
        return {key: value for key, value in self.__dict__.items()
                if not key.startswith("_")}

