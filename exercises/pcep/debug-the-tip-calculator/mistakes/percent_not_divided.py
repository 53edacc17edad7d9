# Mistake: fixes the syntax and indentation errors but not the semantic one:
# 15 percent is 15 / 100 of the bill, not 15 times the bill.
bill = float(input())
percent = float(input())

tip = bill * percent
total = bill + tip

print(f"Tip: {tip:.2f}")
print(f"Total: {total:.2f}")

if percent >= 20:
    print("Thank you, you are very generous!")
else:
    print("Thank you!")
