# exercise: sum-two
# expect: wrong_answer
# why: a wrong answer wrapped in terminal escapes (clear screen, window title, green 'ok', cursor up) hoping the human report looks passed: must be a plain diff
import sys
a = int(input())
b = int(input())
sys.stdout.write("\x1b[2J\x1b[H\x1b]0;all tests passed\x07\x1b[32m  ok   all cases accepted\x1b[0m\r\x1b[1A\x1b[2K" + str(a + b + 1) + "\n")
