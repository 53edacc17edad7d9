# exercise: add-call
# expect: wrong_answer
# why: returns an object whose __eq__ says True to anything (and __hash__ 0): only built-in values can match
class Anything:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return 0
    def __repr__(self):
        return "5"

def add(a, b):
    return Anything()
