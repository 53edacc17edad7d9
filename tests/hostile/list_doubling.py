# exercise: sum-two
# expect: memory_limit
# why: a list that doubles forever grows guest memory until the limiter stops it (a trap, not a catchable MemoryError)
a = int(input())
b = int(input())
items = [0]
while True:
    items = items + items
