# Decide whether a table of the yearly report may be shown as a pie chart.


def choose_chart(parts, whole):
    """("pie", shares) when the parts honestly split one whole, else ("bar", [])."""
    # TODO: a pie only if whole > 0, no amount is negative, the amounts add up
    #       to the whole (within 0.5 %) and there are 2 to 6 non-zero parts.
    #       The shares: (name, percent of the whole rounded to 1 decimal),
    #       largest first, without the parts of 0.
    return ("pie", [])
