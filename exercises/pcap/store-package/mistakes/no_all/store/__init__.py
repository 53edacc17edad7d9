# Mistake: no __all__, so `from store import *` also hands out the submodules
# `pricing` and `tax` (importing store.pricing makes it an attribute of store).
"""The corner shop's till package: prices in whole cents, and taxes."""

from store.pricing import format_cents, line_total, to_cents
from store.tax.rates import rate_for, tax_on
