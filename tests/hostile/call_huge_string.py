# exercise: add-call
# expect: wrong_answer
# why: add() returns an 8 MB string: the harness's record of it is bigger than the 4 MiB writable quota, which also covers /pygrade; the value is wrong and must be judged so, not blamed on the learner's disk use
def add(a, b):
    return str(a + b) * ((8 << 20) // len(str(a + b)))
