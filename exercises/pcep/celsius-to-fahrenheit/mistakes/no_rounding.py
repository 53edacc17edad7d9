# Mistake: prints the unrounded result, e.g. 100.94 F instead of 100.9 F.
celsius = float(input())
fahrenheit = celsius * 9 / 5 + 32
print(fahrenheit, "F")
