def make_discount(percent):
    """Return a rule that takes percent % off a price."""
    # TODO: define an inner function rule(price) that uses percent,
    #       and return that function (without calling it).
    return None


def make_fixed_off(amount):
    """Return a rule that takes a fixed amount off a price, never below 0."""
    # TODO: like make_discount, but subtract amount (not below 0.0).
    return None


def compose(*rules):
    """Return one rule that applies the given rules from left to right."""
    # TODO: the inner function passes the price through every rule in turn.
    return None


def make_tiers(percents):
    """Return a list with one discount rule per percent, in order."""
    # TODO: one make_discount() per percent.
    return []


def apply_all(rule, prices):
    """Return the list of prices after applying rule to each of them."""
    # TODO: map() the rule over the prices (and return a list).
    return []


def best_price(price, rules):
    """Return the lowest price that one of the rules gives, or price if there are none."""
    # TODO: apply every rule to price (map with a lambda) and take the lowest.
    return price
