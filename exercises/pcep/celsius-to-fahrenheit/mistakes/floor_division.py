# Mistake: uses floor division `//`, so 37 * 9 // 5 gives 66 instead of 66.6.
celsius = float(input())
fahrenheit = celsius * 9 // 5 + 32
print(f"{fahrenheit:.1f} F")
