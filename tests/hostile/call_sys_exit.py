# exercise: add-call
# expect: runtime_error
# why: add() calls sys.exit(0) instead of returning: a call that exits has returned nothing
import sys

def add(a, b):
    print(a + b)
    sys.exit(0)
