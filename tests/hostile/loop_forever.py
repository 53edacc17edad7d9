# exercise: sum-two
# expect: time_limit
# why: a plain Python infinite loop must be stopped by the epoch deadline
while True:
    pass
