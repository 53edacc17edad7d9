# Mistake: uses / instead of //, so 30 months gives 2.5 full years.
# Savings-plan calculator for the Sunrise Savings Bank: monthly compound
# interest on a one-time deposit.

amount = float(input())
rate = float(input())  # yearly interest rate in percent
months = int(input())

years = months / 12
extra_months = months % 12

# ** binds tighter than * and +, so the base needs its own parentheses.
balance = amount * (1 + rate / 100 / 12) ** months
interest = balance - amount

print("Full years:", years)
print("Extra months:", extra_months)
print(f"Final balance: {balance:.2f}")
print(f"Interest earned: {interest:.2f}")
