# exercise: add-call
# expect: time_limit
# why: returns an object whose __repr__ loops forever; the harness calls it, so the run must end at the time limit
class Forever:
    def __repr__(self):
        while True:
            pass

def add(a, b):
    return Forever()
