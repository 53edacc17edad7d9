# Mistake: uses floor division, so percent // 100 is 0.0 for any tip below
# 100 percent and the tip is always 0.00.
bill = float(input())
percent = float(input())

tip = bill * (percent // 100)
total = bill + tip

print(f"Tip: {tip:.2f}")
print(f"Total: {total:.2f}")

if percent >= 20:
    print("Thank you, you are very generous!")
else:
    print("Thank you!")
