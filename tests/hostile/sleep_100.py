# exercise: sum-two
# expect: time_limit
# why: time.sleep(100) blocks in a host call, not guest code: the tokio timeout must end it at about 2 s
import time
time.sleep(100)
print(int(input()) + int(input()))
