# Planetarium distance display: one distance in, the same distance in
# kilometres, astronomical units and light years out.

KM_PER_AU = 1.496e8      # kilometres in one astronomical unit
KM_PER_LY = 9.4607e12    # kilometres in one light year

number, unit = input().split()
distance = float(number)

# First convert to kilometres, then from kilometres to the other units.
if unit == "km":
    km = distance
elif unit == "au":
    km = distance * KM_PER_AU
else:
    km = distance * KM_PER_LY

au = km / KM_PER_AU
ly = km / KM_PER_LY

print(f"{km:.3e} km = {au:.3e} au = {ly:.3e} ly")
