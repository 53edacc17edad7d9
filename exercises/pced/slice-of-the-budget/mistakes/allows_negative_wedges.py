# Mistake: checks only that the amounts add up to the whole, so a budget with a
# negative line (a loss carried over) becomes a pie, although no wedge can be
# smaller than nothing.
def choose_chart(parts, whole):
    amounts = [amount for name, amount in parts]
    wedges = [(name, amount) for name, amount in parts if amount > 0]
    if (whole <= 0 or abs(sum(amounts) - whole) > 0.005 * whole
            or not 2 <= len(wedges) <= 6):
        return ("bar", [])
    wedges.sort(key=lambda wedge: wedge[1], reverse=True)
    return ("pie", [(name, round(100 * amount / whole, 1)) for name, amount in wedges])
