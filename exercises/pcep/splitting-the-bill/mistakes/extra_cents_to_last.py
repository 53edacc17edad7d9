# Mistake: gives the leftover cents to the LAST friends instead of the first.
bill = float(input())
friends = int(input())

cents = round(bill * 100)
share = cents // friends
extra = cents % friends

total = 0
for number in range(1, friends + 1):
    pays = share
    if number > friends - extra:
        pays += 1
    total += pays
    print(f"Friend {number} pays {pays // 100}.{pays % 100:02d}")

print(f"Total: {total // 100}.{total % 100:02d}")
