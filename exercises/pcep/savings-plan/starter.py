# Savings-plan calculator for the Sunrise Savings Bank: monthly compound
# interest on a one-time deposit.
#
# A first draft by the bank's intern. Python refuses to run it at all, not
# even the first line: one of the names below is a Python KEYWORD, and
# keywords cannot be used as variable names. Rename it (to rate, say).

amount = float(input())
yield = float(input())  # yearly interest rate in percent, e.g. 3.5
months = int(input())

# TODO: the number of full years and extra months in the plan (// and %).
# TODO: the final balance with monthly compound interest (see README.md;
#       mind the priority of the operators) and the interest earned.
# TODO: print the four lines.
print("TODO")
