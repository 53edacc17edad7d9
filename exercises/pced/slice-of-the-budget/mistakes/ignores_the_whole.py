# Mistake: never compares the parts with the whole, so a survey where people
# could tick several answers (its parts add up to far more than the number of
# people asked) is drawn as a pie, and the percentages add up to over 100.
def choose_chart(parts, whole):
    wedges = [(name, amount) for name, amount in parts if amount > 0]
    if (whole <= 0 or any(amount < 0 for name, amount in parts)
            or not 2 <= len(wedges) <= 6):
        return ("bar", [])
    wedges.sort(key=lambda wedge: wedge[1], reverse=True)
    return ("pie", [(name, round(100 * amount / whole, 1)) for name, amount in wedges])
