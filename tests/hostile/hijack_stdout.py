# exercise: sum-two
# expect: accepted
# why: prints the answer, then swaps sys.stdout/stderr (and __stdout__) for objects whose write/flush raise SystemExit: the harness's flush must survive
import sys
a = int(input())
b = int(input())
print(a + b)
sys.stdout.flush()

class Trap:
    def write(self, s):
        raise SystemExit(1)
    def flush(self):
        raise SystemExit(1)

sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = Trap()
