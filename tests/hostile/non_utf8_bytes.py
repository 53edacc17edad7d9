# exercise: sum-two
# expect: wrong_answer
# why: raw non-UTF-8 bytes before the answer through sys.stdout.buffer: must be a diff, never a crash of the host
import sys
a = int(input())
b = int(input())
sys.stdout.buffer.write(b"\xff\xfe\xc3\x28\n" + str(a + b).encode() + b"\n")
