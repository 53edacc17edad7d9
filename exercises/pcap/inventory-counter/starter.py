# Complete the class. Read README.md: which variables belong to the class,
# which to each object, and which one is private.


class Item:
    # TODO: class variables created (0) and unit ("pcs")

    def __init__(self, name, quantity=0, secret=""):
        # TODO: count the new item in the CLASS variable, give it its
        #       item_id, store name and quantity, keep secret private.
        self.name = name

    def restock(self, amount):
        # TODO: only a positive int is allowed (else ValueError).
        pass

    def check_secret(self, guess):
        return False

    def set_unit(self, unit):
        # TODO: give this item its own unit.
        pass

    def public_fields(self):
        # TODO: the entries of self.__dict__ not starting with "_".
        return {}
