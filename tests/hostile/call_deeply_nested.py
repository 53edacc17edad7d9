# exercise: add-call
# expect: runtime_error
# known: a list nested 100,000 deep overflows the wasm stack when it is freed (8 MiB; native CPython's trashcan copes): reported as running out of stack
# why: returns a list nested 100000 deep: the encoder must cut it off, not overflow the stack
def add(a, b):
    value = a + b
    for _ in range(100_000):
        value = [value]
    return value
