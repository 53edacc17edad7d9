# Mistake: keeps the parts of 0 as wedges, so they count towards the six
# wedges and show up in the shares as 0.0 %, a wedge nobody can see.
def choose_chart(parts, whole):
    amounts = [amount for name, amount in parts]
    if (whole <= 0 or any(amount < 0 for amount in amounts)
            or abs(sum(amounts) - whole) > 0.005 * whole
            or not 2 <= len(parts) <= 6):
        return ("bar", [])
    wedges = sorted(parts, key=lambda wedge: wedge[1], reverse=True)
    return ("pie", [(name, round(100 * amount / whole, 1)) for name, amount in wedges])
