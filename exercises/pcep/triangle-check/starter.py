def classify_triangle(a, b, c):
    """Return the kind of triangle with sides a, b and c (whole numbers)."""
    # TODO: one if-elif-else chain, checked in this order:
    #   "not a triangle", "equilateral", "isosceles", "right-angled",
    #   "scalene".
    #   The sides can come in any order.
    pass
