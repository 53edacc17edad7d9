# exercise: sum-two
# expect: time_limit
# why: sum(range(10**13)) loops in C for hours; must be stopped at the time limit
a = int(input())
b = int(input())
sum(range(10**13))
print(a + b)
