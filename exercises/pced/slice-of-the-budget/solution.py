# Decide whether a table of the yearly report may be shown as a pie chart.
MAX_WEDGES = 6
TOLERANCE = 0.005  # the parts may miss the whole by 0.5 % (rounding in the report)


def choose_chart(parts, whole):
    """("pie", shares) when the parts honestly split one whole, else ("bar", [])."""
    amounts = [amount for name, amount in parts]
    wedges = [(name, amount) for name, amount in parts if amount > 0]
    if (whole <= 0
            or any(amount < 0 for amount in amounts)
            or abs(sum(amounts) - whole) > TOLERANCE * whole
            or not 2 <= len(wedges) <= MAX_WEDGES):
        return ("bar", [])
    wedges.sort(key=lambda wedge: wedge[1], reverse=True)  # stable: ties keep their order
    return ("pie", [(name, round(100 * amount / whole, 1)) for name, amount in wedges])
