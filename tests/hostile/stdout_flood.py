# exercise: sum-two
# expect: output_limit
# why: an endless print loop on stdout must stop at the 16 KiB output limit
while True:
    print("all work and no play " * 4)
