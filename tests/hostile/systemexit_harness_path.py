# exercise: sum-two
# expect: runtime_error
# why: prints the answer, patches print to raise SystemExit(0), then sys.exit('bye') (status 1): the harness's own print of the message must not turn a failing exit into a clean one
import builtins, sys
a = int(input())
b = int(input())
print(a + b)
sys.stdout.flush()
def boom(*args, **kwargs):
    raise SystemExit(0)
builtins.print = boom
sys.exit("bye")
