# Mistake: averages with / instead of //, so an odd sum gives a float such
# as 127.5, and a float cannot be formatted as hex (:X only works on ints).
def rgb_to_hex(red, green, blue):
    return f"#{red:02X}{green:02X}{blue:02X}"


def hex_to_rgb(code):
    red = int(code[1:3], 16)
    green = int(code[3:5], 16)
    blue = int(code[5:7], 16)
    return red, green, blue


def mix(code1, code2):
    red1, green1, blue1 = hex_to_rgb(code1)
    red2, green2, blue2 = hex_to_rgb(code2)
    return rgb_to_hex((red1 + red2) / 2, (green1 + green2) / 2, (blue1 + blue2) / 2)
