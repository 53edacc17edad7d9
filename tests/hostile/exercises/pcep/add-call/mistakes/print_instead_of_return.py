# Mistake: prints the sum instead of returning it, so add() returns None.
def add(a, b):
    print(a + b)
