# Mistake: forgets that the code starts with "#", so the first slice is
# "#F" and int("#F", 16) raises ValueError.
def rgb_to_hex(red, green, blue):
    return f"#{red:02X}{green:02X}{blue:02X}"


def hex_to_rgb(code):
    red = int(code[0:2], 16)
    green = int(code[2:4], 16)
    blue = int(code[4:6], 16)
    return red, green, blue


def mix(code1, code2):
    red1, green1, blue1 = hex_to_rgb(code1)
    red2, green2, blue2 = hex_to_rgb(code2)
    return rgb_to_hex((red1 + red2) // 2, (green1 + green2) // 2, (blue1 + blue2) // 2)
