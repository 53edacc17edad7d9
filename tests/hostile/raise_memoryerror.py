# exercise: sum-two
# expect: runtime_error
# why: prints the answer then raises MemoryError by hand with 1 MiB used: a program error, not a memory limit
a = int(input())
b = int(input())
print(a + b)
raise MemoryError("not really")
