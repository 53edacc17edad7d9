# Mistake: "fixes" the indentation error by deleting the if/else lines, so
# every customer is thanked twice, generous or not.
bill = float(input())
percent = float(input())

tip = bill * percent / 100
total = bill + tip

print(f"Tip: {tip:.2f}")
print(f"Total: {total:.2f}")

print("Thank you, you are very generous!")
print("Thank you!")
