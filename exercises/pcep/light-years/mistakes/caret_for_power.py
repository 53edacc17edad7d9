# Mistake: writes "10 to the power 12" as 10 ^ 12. In Python ^ is the
# bitwise XOR operator, not a power: 9.4607 * 10 ^ 12 raises TypeError
# (and 10 ^ 12 alone would silently be 6). Use 9.4607e12 or 9.4607 * 10 ** 12.
KM_PER_AU = 1.496 * 10 ^ 8
KM_PER_LY = 9.4607 * 10 ^ 12

number, unit = input().split()
distance = float(number)

if unit == "km":
    km = distance
elif unit == "au":
    km = distance * KM_PER_AU
else:
    km = distance * KM_PER_LY

au = km / KM_PER_AU
ly = km / KM_PER_LY

print(f"{km:.3e} km = {au:.3e} au = {ly:.3e} ly")
