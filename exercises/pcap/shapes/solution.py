import math


def _check_size(value):
    """Raise ValueError unless value is an int or float greater than 0."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"a size must be a number > 0, not {value!r}")
    return value


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __str__(self):
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("Circle")
        self.radius = _check_size(radius)

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__("Rectangle")
        self.width = _check_size(width)
        self.height = _check_size(height)

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "Square"
        self.side = side


def total_area(shapes):
    return sum(shape.area() for shape in shapes)


def count_rectangles(shapes):
    return sum(1 for shape in shapes if isinstance(shape, Rectangle))


def describe_all(shapes):
    return [str(shape) for shape in shapes]


if __name__ == "__main__":
    beds = [Circle(1), Rectangle(2, 3), Square(2)]
    print(describe_all(beds))
    print(total_area(beds), count_rectangles(beds))
