"""The plugins of the text toolbox: one module per plugin."""

# Importing a package does not import its modules: do it here, so that
# `import plugins` makes plugins.stats, plugins.text and plugins.words available.
from plugins import stats, text, words

# The plugins the loader offers (and what `from plugins import *` gives).
__all__ = ["stats", "text", "words"]
