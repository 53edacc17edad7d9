# Mistake: make_discount's rule returns the discount itself (price * percent / 100)
# instead of the price after the discount.
def make_discount(percent):
    """Return a rule that takes percent % off a price."""
    def rule(price):
        return price * percent / 100

    return rule


def make_fixed_off(amount):
    """Return a rule that takes a fixed amount off a price, never below 0."""
    def rule(price):
        return max(price - amount, 0.0)

    return rule


def compose(*rules):
    """Return one rule that applies the given rules from left to right."""
    def combined(price):
        for rule in rules:
            price = rule(price)
        return price

    return combined


def make_tiers(percents):
    """Return a list with one discount rule per percent, in order."""
    return [make_discount(percent) for percent in percents]


def apply_all(rule, prices):
    """Return the list of prices after applying rule to each of them."""
    return list(map(rule, prices))


def best_price(price, rules):
    """Return the lowest price that one of the rules gives, or price if there are none."""
    return min(map(lambda rule: rule(price), rules), default=price)
