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
    try:
        a = float(left)
        b = float(right)
        if op in OPERATORS:
            print(f"{calculate(a, op, b):.2f}")
        else:
            print("Error: unknown operator")
    except ZeroDivisionError:
        print("Error: division by zero")
    except ArithmeticError:  # after ZeroDivisionError, which is one too
        print("Error: result too large")
    except ValueError:
        print("Error: not a number")
    line = input()
