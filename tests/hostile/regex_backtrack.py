# exercise: sum-two
# expect: time_limit
# why: catastrophic backtracking runs inside C code (_sre); the epoch deadline must still stop it
import re
a = int(input())
b = int(input())
re.match(r"(a+)+$", "a" * 64 + "b")
print(a + b)
