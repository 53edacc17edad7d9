# Mistake: multiplies the two 1-D arrays directly, without turning the prices
# into a column, so NumPy pairs them element by element (or cannot broadcast).
"""Weekly figures of a café chain, computed with NumPy broadcasting."""
import numpy as np


def revenue_table(units, prices):
    """Revenue of every product in every branch: units (branches x products) x prices."""
    units = np.array(units, dtype=float)
    prices = np.array(prices, dtype=float)
    return (units * prices).tolist()        # prices is stretched over every row


def branch_totals(units, prices):
    """Total revenue of each branch."""
    units = np.array(units, dtype=float)
    prices = np.array(prices, dtype=float)
    return (units * prices).sum(axis=1).tolist()


def product_shares(units):
    """Each branch's share of the units sold of each product (columns add up to 1)."""
    units = np.array(units, dtype=float)
    totals = units.sum(axis=0)              # one total per product (column)
    safe = np.where(totals == 0, 1, totals)  # a product nobody bought: shares of 0
    return (units / safe).tolist()


def price_list(prices, rates):
    """Every price in every currency: one row per product, one column per rate."""
    prices = np.array(prices, dtype=float)
    rates = np.array(rates, dtype=float)
    return (prices * rates).tolist()   # (n, 1) x (m,) -> (n, m)
