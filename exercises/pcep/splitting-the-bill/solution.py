# Split a restaurant bill fairly: every friend pays whole cents, and the
# shares add up to exactly the bill.

bill = float(input())
friends = int(input())

# Work in whole cents: floats cannot store most amounts exactly, and
# 19.99 * 100 is 1998.9999999999998, so round() before converting.
cents = round(bill * 100)

share = cents // friends
extra = cents % friends  # these cents go to the first friends, one each

total = 0
for number in range(1, friends + 1):
    pays = share
    if number <= extra:
        pays += 1
    total += pays
    print(f"Friend {number} pays {pays // 100}.{pays % 100:02d}")

print(f"Total: {total // 100}.{total % 100:02d}")
