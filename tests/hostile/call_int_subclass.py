# exercise: add-call
# expect: wrong_answer
# why: returns an int subclass with the right value and an always-true __eq__: documented as never equal to a literal
class Sneaky(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__

def add(a, b):
    return Sneaky(a + b)
