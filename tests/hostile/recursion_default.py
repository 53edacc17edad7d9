# exercise: sum-two
# expect: runtime_error
# why: unbounded recursion with the default limit: RecursionError, a runtime error with the learner's frames
def down(n):
    return down(n + 1)

a = int(input())
b = int(input())
down(0)
print(a + b)
