# Mistake: checks the operator before converting the numbers, so a line
# with a bad number and a bad operator reports the operator instead of the
# number.
# Calculator for the school tablet: one "a op b" per line, never crashes.

OPERATORS = ["+", "-", "*", "/", "//", "%", "**"]


def calculate(a, op, b):
    """Return a op b. Errors such as ZeroDivisionError go to the caller."""
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    return a ** b


line = input()
while line != "":
    left, op, right = line.split()
    if op not in OPERATORS:
        print("Error: unknown operator")
        line = input()
        continue
    try:
        a = float(left)
        b = float(right)
        print(f"{calculate(a, op, b):.2f}")
    except ZeroDivisionError:
        print("Error: division by zero")
    except ArithmeticError:  # after ZeroDivisionError, which is one too
        print("Error: result too large")
    except ValueError:
        print("Error: not a number")
    line = input()
