# Weather-station display: one Celsius reading in, Fahrenheit out.

# TODO: input() returns text. Convert the reading to a number you can
#       calculate with (it may have a decimal part, like 38.3).
reading = input()

# TODO: convert to Fahrenheit with  F = C * 9 / 5 + 32

# TODO: print the Fahrenheit value rounded to one decimal place,
#       followed by a space and a capital F, e.g. "100.9 F".
print("?? F")
