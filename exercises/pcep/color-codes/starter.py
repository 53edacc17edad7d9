def rgb_to_hex(red, green, blue):
    """Return the colour code "#RRGGBB" (upper-case hex) for three values 0-255."""
    # TODO: write each value as two upper-case hex digits (a format spec
    #       can do it) and glue them together after a "#".
    return None


def hex_to_rgb(code):
    """Return the (red, green, blue) tuple of ints for a code like "#FF8800"."""
    # TODO: cut the code into its three two-digit parts and turn each one
    #       into an int: int() accepts a second argument, the base.
    return None


def mix(code1, code2):
    """Return the code of the colour halfway between two colour codes."""
    # TODO: use your two other functions; each channel of the mix is the
    #       average of the two channels, rounded down to a whole number.
    return None
