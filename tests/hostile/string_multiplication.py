# exercise: sum-two
# expect: memory_limit
# why: 'x' * 10**9 asks for a 1 GB string
a = int(input())
b = int(input())
s = "x" * (10**9)
print(a + b)
