# exercise: add-call
# expect: time_limit
# why: add() loops forever
def add(a, b):
    while True:
        a += b
