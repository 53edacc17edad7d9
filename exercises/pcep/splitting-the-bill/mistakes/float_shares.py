# Mistake: divides the float bill and rounds each share, so everybody pays
# 29.13 of 87.40 and one cent is missing from the total.
bill = float(input())
friends = int(input())

share = round(bill / friends, 2)
total = 0.0
for number in range(1, friends + 1):
    total += share
    print(f"Friend {number} pays {share:.2f}")

print(f"Total: {total:.2f}")
