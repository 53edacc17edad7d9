# exercise: sum-two
# expect: time_limit
# why: 10**10**8 is a 41 MB integer computed by big multiplications in C: far past 2 s, under the memory limit
x = 10**10**8
print(int(input()) + int(input()))
