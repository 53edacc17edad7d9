# exercise: sum-two
# expect: runtime_error
# why: prints the answer, plants an ok record in /pygrade/result.json, then os._exit(3): a non-zero exit status is a failure whatever the file says
import os, sys
a = int(input())
b = int(input())
print(a + b)
sys.stdout.flush()
with open("/pygrade/result.json", "w") as f:
    f.write('{"kind": "ok"}\n')
os._exit(3)
