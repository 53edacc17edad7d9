"""The plugins of the text toolbox: one module per plugin."""

# TODO: import the three plugin modules (importing a package does not do it),
#       and list their names in __all__.
