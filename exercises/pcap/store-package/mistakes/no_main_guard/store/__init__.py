"""The corner shop's till package: prices in whole cents, and taxes."""

from store.pricing import format_cents, line_total, to_cents
from store.tax.rates import rate_for, tax_on

# What `from store import *` gives: the five public tools, nothing else.
__all__ = ["to_cents", "format_cents", "line_total", "rate_for", "tax_on"]
