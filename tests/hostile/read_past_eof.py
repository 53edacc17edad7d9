# exercise: sum-two
# expect: runtime_error
# why: reads a third line that does not exist: EOFError is a runtime error
a = int(input())
b = int(input())
c = input()
print(a + b)
