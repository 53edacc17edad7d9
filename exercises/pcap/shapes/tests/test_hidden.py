import math
import unittest

from solution import Circle, Rectangle, Shape, Square, count_rectangles, describe_all, total_area


class Triangle(Shape):
    """A shape the solution has never seen: it must work through polymorphism."""

    def __init__(self, a, b, c):
        super().__init__("Triangle")
        self.sides = (a, b, c)

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


class Tile(Square):
    pass


class HiddenShapeTests(unittest.TestCase):
    def test_empty(self):
        """An empty plan"""
        self.assertEqual(total_area([]), 0, msg="total_area([])")
        self.assertEqual(count_rectangles([]), 0, msg="count_rectangles([])")
        self.assertEqual(describe_all([]), [], msg="describe_all([])")

    def test_invalid_sizes(self):
        """Sizes that are not positive numbers raise ValueError"""
        bad = {
            "Circle(0)": lambda: Circle(0),
            "Circle(-1)": lambda: Circle(-1),
            "Circle(None)": lambda: Circle(None),
            "Rectangle(2, 0)": lambda: Rectangle(2, 0),
            "Rectangle('2', 3)": lambda: Rectangle("2", 3),
            "Rectangle(2, -0.5)": lambda: Rectangle(2, -0.5),
            "Square(-3)": lambda: Square(-3),
            "Square(True)": lambda: Square(True),
        }
        for label, make in bad.items():
            with self.subTest(call=label):
                with self.assertRaises(ValueError):
                    make()

    def test_floats(self):
        """Float sizes"""
        self.assertEqual(str(Rectangle(2.5, 0.4)), "Rectangle: area 1.00, perimeter 5.80", msg="str(Rectangle(2.5, 0.4))")
        self.assertEqual(str(Circle(0.5)), "Circle: area 0.79, perimeter 3.14", msg="str(Circle(0.5))")
        self.assertAlmostEqual(Circle(0.5).area(), math.pi / 4, places=12, msg="area() is not rounded")

    def test_unknown_subclass(self):
        """The functions work for a new subclass of Shape (polymorphism)"""
        tri = Triangle(3, 4, 5)
        self.assertEqual(str(tri), "Triangle: area 6.00, perimeter 12.00", msg="str() of a Triangle subclass written by the tests")
        self.assertAlmostEqual(total_area([tri, Square(1)]), 7, places=9, msg="total_area([Triangle(3, 4, 5), Square(1)])")
        self.assertEqual(count_rectangles([tri]), 0, msg="a Triangle is not a Rectangle")
        self.assertEqual(describe_all([tri]), ["Triangle: area 6.00, perimeter 12.00"], msg="describe_all([Triangle(3, 4, 5)])")

    def test_count_subclasses(self):
        """Squares and sub-subclasses of Rectangle are counted"""
        shapes = [Square(1), Square(2), Circle(3), Tile(4), Rectangle(1, 2)]
        self.assertEqual(count_rectangles(shapes), 4, msg="count_rectangles of 2 squares, a circle, a Tile(Square) and a rectangle")

    def test_square_side(self):
        """A square keeps its side"""
        sq = Square(3)
        self.assertEqual((sq.side, sq.width, sq.height), (3, 3, 3), msg="(side, width, height) of Square(3)")
        self.assertEqual(sq.perimeter(), 12, msg="Square(3).perimeter()")

    def test_large(self):
        """A very large circle"""
        self.assertEqual(str(Circle(1e6)), "Circle: area 3141592653589.79, perimeter 6283185.31", msg="str(Circle(1e6))")


if __name__ == "__main__":
    unittest.main()
