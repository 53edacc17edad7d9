# exercise: add-call
# expect: wrong_answer
# why: returns a 9999-item list whose items are all the same 9999-item list (10**4 objects, 10**8 logical items): a wrong value that should be judged cheaply
def add(a, b):
    row = [a + b] * 9999
    return [row] * 9999
