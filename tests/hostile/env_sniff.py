# exercise: sum-two
# expect: accepted
# why: dumps os.environ looking for anything beyond the 4 documented variables (a leaked secret or expected output would be printed)
import os
a = int(input())
b = int(input())
extra = {k: v for k, v in os.environ.items() if k not in ("HOME", "TMPDIR", "MPLBACKEND", "MPLCONFIGDIR")}
print(extra if extra else a + b)
