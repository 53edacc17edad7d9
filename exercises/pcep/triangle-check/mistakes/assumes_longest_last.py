# Mistake: checks Pythagoras only as a*a + b*b == c*c, so a right-angled triangle whose longest side is not given last is called scalene.
def classify_triangle(a, b, c):
    if a <= 0 or b <= 0 or c <= 0:
        return "not a triangle"
    elif a + b <= c or a + c <= b or b + c <= a:
        return "not a triangle"
    elif a == b == c:
        return "equilateral"
    elif a == b or b == c or a == c:
        return "isosceles"
    elif a * a + b * b == c * c:
        return "right-angled"
    else:
        return "scalene"
