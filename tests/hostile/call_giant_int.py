# exercise: add-call
# expect: wrong_answer
# why: returns a 100001-digit int: repr hits the max str digits limit; the value is wrong and must be said so, not crash
def add(a, b):
    return a + b + 10 ** 100_000
