# exercise: sum-two
# expect: wrong_answer
# why: sys.exit(0) before printing anything: a clean exit with empty output is a wrong answer, never accepted
import sys
sys.exit(0)
print(int(input()) + int(input()))
