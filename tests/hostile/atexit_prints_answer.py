# exercise: sum-two
# expect: accepted
# why: prints the answer from an atexit handler: CPython runs atexit handlers at a normal exit, so a faithful grader sees the answer
import atexit
a = int(input())
b = int(input())
atexit.register(print, a + b)
