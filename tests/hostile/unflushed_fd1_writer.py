# exercise: sum-two
# expect: accepted
# why: not an attack: writes the answer through its own buffered writer on fd 1 (open(1, 'w', closefd=False)) and never flushes; CPython flushes it at exit, so a faithful grader sees the answer
a = int(input())
b = int(input())
out = open(1, "w", closefd=False)
out.write("%d\n" % (a + b))
