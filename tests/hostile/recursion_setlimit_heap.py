# exercise: sum-two
# expect: memory_limit
# why: recursion limit raised to 10**6, pure-Python recursion (frames on the heap) holding 16 KiB per frame: memory runs out long before the limit
import sys
sys.setrecursionlimit(10**6)

def down(n):
    pad = bytearray(16384)
    return down(n + 1) + len(pad)

a = int(input())
b = int(input())
down(0)
print(a + b)
