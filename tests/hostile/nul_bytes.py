# exercise: sum-two
# expect: wrong_answer
# why: the answer followed by NUL bytes on the same line: NUL is not whitespace, so the line differs
import sys
a = int(input())
b = int(input())
sys.stdout.buffer.write(str(a + b).encode() + b"\x00\x00\n")
