# Mistake: only checks a + b <= c, so sides like 10, 2, 3 (the first side too long) pass as a triangle.
def classify_triangle(a, b, c):
    if a <= 0 or b <= 0 or c <= 0:
        return "not a triangle"
    elif a + b <= c:
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
