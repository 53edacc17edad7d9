def classify_triangle(a, b, c):
    """Return the kind of triangle with sides a, b and c (whole numbers)."""
    if a <= 0 or b <= 0 or c <= 0:
        return "not a triangle"
    elif a + b <= c or a + c <= b or b + c <= a:
        # One side is too long to be reached by the other two.
        return "not a triangle"
    elif a == b == c:
        return "equilateral"
    elif a == b or b == c or a == c:
        return "isosceles"
    elif (a * a + b * b == c * c or a * a + c * c == b * b
          or b * b + c * c == a * a):
        return "right-angled"
    else:
        return "scalene"
