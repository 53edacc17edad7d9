# Mistake: formats with :X instead of :02X, so values below 16 get a single
# digit and the code is too short: (0, 128, 255) gives "#080FF".
def rgb_to_hex(red, green, blue):
    return f"#{red:X}{green:X}{blue:X}"


def hex_to_rgb(code):
    red = int(code[1:3], 16)
    green = int(code[3:5], 16)
    blue = int(code[5:7], 16)
    return red, green, blue


def mix(code1, code2):
    red1, green1, blue1 = hex_to_rgb(code1)
    red2, green2, blue2 = hex_to_rgb(code2)
    return rgb_to_hex((red1 + red2) // 2, (green1 + green2) // 2, (blue1 + blue2) // 2)
