# exercise: add-call
# expect: runtime_error
# why: add() calls os._exit(0): the harness never reports a value
import os

def add(a, b):
    print(a + b)
    os._exit(0)
