# exercise: sum-two
# expect: runtime_error
# why: prints the answer, registers an atexit handler that would append an ok record after the harness's, then crashes: must stay a runtime error
import atexit
a = int(input())
b = int(input())
print(a + b)

def forge():
    with open("/pygrade/result.json", "a") as f:
        f.write('{"kind": "ok"}\n')

atexit.register(forge)
raise RuntimeError("crashed after printing")
