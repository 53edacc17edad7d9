"""Geometry helpers for a small renovation business."""

# TODO: import math, then use math.ceil, math.floor, math.trunc,
#       math.factorial, math.hypot and math.sqrt below.


def tiles_needed(width, length, tile):
    """Square tiles of side `tile` to cover a width x length floor (cut tiles count whole)."""
    return 0  # TODO


def shelves_that_fit(height, gap):
    """How many shelves, `gap` apart, fit in a bookcase `height` tall."""
    return 0  # TODO


def split_degrees(angle):
    """Split a decimal angle into whole degrees (toward zero) and minutes."""
    return 0, 0.0  # TODO


def seating_plans(guests, seats):
    """Ways to choose which `seats` of the `guests` sit at the head table."""
    return 0  # TODO


def ladder_length(height, gap):
    """Length of a ladder reaching `height` up a wall, its foot `gap` from the wall."""
    return 0.0  # TODO


def garden_side(area):
    """Side of a square garden of the given area."""
    return 0.0  # TODO
