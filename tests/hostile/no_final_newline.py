# exercise: sum-two
# expect: accepted
# why: the right answer without a final newline: lines mode ignores it, so accepted is right
import sys
a = int(input())
b = int(input())
sys.stdout.write(str(a + b))
