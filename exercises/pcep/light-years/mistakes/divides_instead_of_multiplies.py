# Mistake: converts au and ly to km by dividing instead of multiplying
# (one light year is MORE kilometres, so the number of km must grow).
KM_PER_AU = 1.496e8
KM_PER_LY = 9.4607e12

number, unit = input().split()
distance = float(number)

if unit == "km":
    km = distance
elif unit == "au":
    km = distance / KM_PER_AU
else:
    km = distance / KM_PER_LY

au = km / KM_PER_AU
ly = km / KM_PER_LY

print(f"{km:.3e} km = {au:.3e} au = {ly:.3e} ly")
