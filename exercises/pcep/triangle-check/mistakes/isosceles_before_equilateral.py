# Mistake: tests "two sides equal" before "three sides equal", so an equilateral triangle is reported as isosceles.
def classify_triangle(a, b, c):
    if a <= 0 or b <= 0 or c <= 0:
        return "not a triangle"
    elif a + b <= c or a + c <= b or b + c <= a:
        return "not a triangle"
    elif a == b or b == c or a == c:
        return "isosceles"
    elif a == b == c:
        return "equilateral"
    elif (a * a + b * b == c * c or a * a + c * c == b * b
          or b * b + c * c == a * a):
        return "right-angled"
    else:
        return "scalene"
