"""The plugins of the text toolbox: one module per plugin."""

# The plugins the loader offers (and what `from plugins import *` gives).
__all__ = ["stats", "text", "words"]
