# exercise: sum-two
# expect: accepted
# why: prints the answer, then makes /pygrade/result.json a relative symlink escaping to the host's /dev/stdin and os._exit(0): the host must not follow it (pygrade blocks reading its own stdin until EOF)
import os, sys
a = int(input())
b = int(input())
print(a + b)
sys.stdout.flush()
os.symlink("../../../../../../../../../../dev/stdin", "/pygrade/result.json")
os._exit(0)
