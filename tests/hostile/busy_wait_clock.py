# exercise: sum-two
# expect: time_limit
# why: busy-waiting on time.time() for 100 s needs no input; the wall-clock limit must stop it
import time
start = time.time()
while time.time() < start + 100:
    pass
print(int(input()) + int(input()))
