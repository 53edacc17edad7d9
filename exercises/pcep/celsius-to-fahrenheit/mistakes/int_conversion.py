# Mistake: converts the reading with int(), which crashes on decimal readings like 38.3.
celsius = int(input())
fahrenheit = celsius * 9 / 5 + 32
print(f"{fahrenheit:.1f} F")
