# Tip calculator for the Blue Lagoon café.
# Reads the bill and the tip percentage, then prints the tip, the total
# and a thank-you line.
#
# This program has THREE bugs (see README.md):
#   - a syntax error: Python refuses to start the program,
#   - an indentation error: Python refuses to start the program too,
#   - a semantic error: the program runs, but a result is wrong.
# Fix them one by one: check, read the message, fix, check again.

bill = float(input())
percent = float(input()

tip = bill * percent
total = bill + tip

print(f"Tip: {tip:.2f}")
print(f"Total: {total:.2f}")

if percent >= 20:
print("Thank you, you are very generous!")
else:
    print("Thank you!")
