# exercise: add-call
# expect: memory_limit
# why: a 200 MiB allocation at import time, before add() is even called
hog = bytearray(200 << 20)

def add(a, b):
    return a + b
