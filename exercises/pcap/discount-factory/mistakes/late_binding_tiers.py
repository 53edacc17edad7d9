# Mistake: builds the tiers with lambdas right inside the comprehension. Each
# lambda looks up `percent` when it is CALLED, not when it is made, and by
# then the loop has finished: every tier uses the last percent.
def make_discount(percent):
    """Return a rule that takes percent % off a price."""
    def rule(price):
        return price * (100 - percent) / 100

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
    return [lambda price: price * (100 - percent) / 100 for percent in percents]


def apply_all(rule, prices):
    """Return the list of prices after applying rule to each of them."""
    return list(map(rule, prices))


def best_price(price, rules):
    """Return the lowest price that one of the rules gives, or price if there are none."""
    return min(map(lambda rule: rule(price), rules), default=price)
