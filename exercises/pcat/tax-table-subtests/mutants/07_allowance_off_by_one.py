# the tax-free part is 12,001 euros instead of 12,000
"""Valdoria's 2025 income tax, as the payroll office computes it.

Incomes and taxes are whole euros (int). The tax is rounded DOWN to a whole
euro, in the taxpayer's favour.
"""

TAX_FREE = 12_001          # the first 12,000 euros are not taxed
CHILD_ALLOWANCE = 2_000    # each child adds this much to the tax-free part...
MAX_CHILDREN = 3           # ...for at most three children


def _bands(children):
    """Return the bands as (from, to, percent): `to` is None for the top band."""
    if children < 0:
        raise ValueError("children cannot be negative")
    free = TAX_FREE + CHILD_ALLOWANCE * min(children, MAX_CHILDREN)
    return [(0, free, 0), (free, 30_000, 20), (30_000, 80_000, 35), (80_000, None, 45)]


def _check(income):
    if income < 0:
        raise ValueError("income cannot be negative")


def tax_due(income, children=0):
    """Return the tax on a yearly income, in whole euros (rounded down)."""
    _check(income)
    hundredths = 0
    for lower, upper, percent in _bands(children):
        if income <= lower:
            break
        top = income if upper is None else min(income, upper)
        hundredths += (top - lower) * percent
    return hundredths // 100


def marginal_rate(income, children=0):
    """Return the percent at which the last euro of `income` is taxed."""
    _check(income)
    for lower, upper, percent in _bands(children):
        if upper is None or income <= upper:
            return percent


def effective_rate(income, children=0):
    """Return the tax as a percent of the income, rounded to one decimal."""
    tax = tax_due(income, children)
    if income == 0:
        return 0.0
    return round(100 * tax / income, 1)
