"""Weekly figures of a café chain, computed with NumPy broadcasting.

Each function gets plain Python lists: turn them into arrays, let NumPy
broadcast, and return plain lists again (see README.md).
"""
import numpy as np


def revenue_table(units, prices):
    """Revenue of every product in every branch: units (branches x products) x prices."""
    return []  # TODO


def branch_totals(units, prices):
    """Total revenue of each branch."""
    return []  # TODO


def product_shares(units):
    """Each branch's share of the units sold of each product (columns add up to 1)."""
    return []  # TODO


def price_list(prices, rates):
    """Every price in every currency: one row per product, one column per rate."""
    return []  # TODO
