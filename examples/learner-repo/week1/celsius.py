# Weather-station display: one Celsius reading in, Fahrenheit out.

celsius = float(input())
fahrenheit = celsius * 9 / 5 + 32
print(f"{fahrenheit:.1f} F")
