# exercise: sum-two
# expect: runtime_error
# why: recursion limit raised to 10**6 and recursion through C (map() calling itself): the wasm stack overflows; must be a runtime error with a plain message, not a crash of pygrade
import sys
sys.setrecursionlimit(10**6)

def down(n):
    return list(map(down, [n + 1]))

a = int(input())
b = int(input())
down(0)
print(a + b)
