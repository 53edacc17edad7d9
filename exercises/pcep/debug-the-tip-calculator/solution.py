# Tip calculator for the Blue Lagoon café.
# Reads the bill and the tip percentage, then prints the tip, the total
# and a thank-you line.

bill = float(input())
percent = float(input())

tip = bill * percent / 100
total = bill + tip

print(f"Tip: {tip:.2f}")
print(f"Total: {total:.2f}")

if percent >= 20:
    print("Thank you, you are very generous!")
else:
    print("Thank you!")
