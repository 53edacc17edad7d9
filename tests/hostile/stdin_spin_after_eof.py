# exercise: sum-two
# expect: time_limit
# why: input() cannot wait forever (stdin is finite), but a loop re-reading an exhausted stdin can
import sys
a = int(input())
b = int(input())
while sys.stdin.read() == "":
    pass
print(a + b)
