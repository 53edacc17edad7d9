# Mistake: converts to cents with int(), which cuts off the decimals:
# 19.99 * 100 is 1998.9999999999998, so the bill becomes 1998 cents.
bill = float(input())
friends = int(input())

cents = int(bill * 100)
share = cents // friends
extra = cents % friends

total = 0
for number in range(1, friends + 1):
    pays = share
    if number <= extra:
        pays += 1
    total += pays
    print(f"Friend {number} pays {pays // 100}.{pays % 100:02d}")

print(f"Total: {total // 100}.{total % 100:02d}")
