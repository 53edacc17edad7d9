# Mistake: formats with .3f instead of .3e: tiny values such as the Earth's
# distance in light years become 0.000, and huge ones get far too many digits.
KM_PER_AU = 1.496e8
KM_PER_LY = 9.4607e12

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

print(f"{km:.3f} km = {au:.3f} au = {ly:.3f} ly")
