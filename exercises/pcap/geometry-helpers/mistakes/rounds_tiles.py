# Mistake: round() instead of math.ceil(): 8.33 tiles become 8, so the floor is not covered.
"""Geometry helpers for a small renovation business."""

import math


def tiles_needed(width, length, tile):
    """Square tiles of side `tile` to cover a width x length floor (cut tiles count whole)."""
    return round(width / tile) * round(length / tile)


def shelves_that_fit(height, gap):
    """How many shelves, `gap` apart, fit in a bookcase `height` tall."""
    return math.floor(height / gap)


def split_degrees(angle):
    """Split a decimal angle into whole degrees (toward zero) and minutes."""
    degrees = math.trunc(angle)
    minutes = abs(angle - degrees) * 60
    return degrees, minutes


def seating_plans(guests, seats):
    """Ways to choose which `seats` of the `guests` sit at the head table."""
    if seats > guests:
        return 0
    return math.factorial(guests) // (math.factorial(seats) * math.factorial(guests - seats))


def ladder_length(height, gap):
    """Length of a ladder reaching `height` up a wall, its foot `gap` from the wall."""
    return math.hypot(height, gap)


def garden_side(area):
    """Side of a square garden of the given area."""
    return math.sqrt(area)
