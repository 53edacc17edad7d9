# exercise: sum-two
# expect: runtime_error
# why: str() of a 5001-digit int hits CPython's int max str digits limit (4300): a ValueError, not a hang or a crash
a = int(input())
b = int(input())
print(str(10 ** 5000 + a + b))
