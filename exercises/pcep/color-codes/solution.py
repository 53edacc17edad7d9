def rgb_to_hex(red, green, blue):
    """Return the colour code "#RRGGBB" (upper-case hex) for three values 0-255."""
    return f"#{red:02X}{green:02X}{blue:02X}"


def hex_to_rgb(code):
    """Return the (red, green, blue) tuple of ints for a code like "#FF8800"."""
    red = int(code[1:3], 16)
    green = int(code[3:5], 16)
    blue = int(code[5:7], 16)
    return red, green, blue


def mix(code1, code2):
    """Return the code of the colour halfway between two colour codes."""
    red1, green1, blue1 = hex_to_rgb(code1)
    red2, green2, blue2 = hex_to_rgb(code2)
    return rgb_to_hex((red1 + red2) // 2, (green1 + green2) // 2, (blue1 + blue2) // 2)
