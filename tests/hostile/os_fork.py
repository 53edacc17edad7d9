# exercise: sum-two
# expect: runtime_error
# why: os.fork does not exist under WASI: AttributeError, a runtime error
import os
a = int(input())
b = int(input())
if os.fork() == 0:
    print(a + b)
