# exercise: add-call
# expect: wrong_answer
# why: returns an object whose __repr__ and __str__ raise: reported as unrepresentable, a wrong answer, not a crash
class Bad:
    def __repr__(self):
        raise RuntimeError("no repr for you")
    __str__ = __repr__

def add(a, b):
    return Bad()
