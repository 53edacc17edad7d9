# exercise: sum-two
# expect: memory_limit
# why: bytearray(10**9) asks for 1 GB of guest memory, past the 160 MiB limit
a = int(input())
b = int(input())
buf = bytearray(10**9)
print(a + b)
