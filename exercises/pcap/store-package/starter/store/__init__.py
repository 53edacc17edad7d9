"""The corner shop's till package: prices in whole cents, and taxes."""

# TODO: import the five public tools from store.pricing and store.tax.rates,
#       and list exactly those five names in __all__.
