import math
import unittest

from solution import Circle, Rectangle, Shape, Square, count_rectangles, describe_all, total_area


class VisibleShapeTests(unittest.TestCase):
    def test_sizes(self):
        """Areas and perimeters of a circle, a rectangle and a square"""
        table = [
            ("Circle(1)", Circle(1), math.pi, 2 * math.pi),
            ("Rectangle(2, 3)", Rectangle(2, 3), 6, 10),
            ("Square(2)", Square(2), 4, 8),
        ]
        for label, shape, area, perimeter in table:
            with self.subTest(shape=label):
                self.assertAlmostEqual(shape.area(), area, places=9, msg=f"{label}.area()")
                self.assertAlmostEqual(shape.perimeter(), perimeter, places=9, msg=f"{label}.perimeter()")

    def test_str(self):
        """str() describes a shape with two decimals"""
        self.assertEqual(str(Square(2)), "Square: area 4.00, perimeter 8.00", msg="str(Square(2))")
        self.assertEqual(str(Rectangle(2, 3)), "Rectangle: area 6.00, perimeter 10.00", msg="str(Rectangle(2, 3))")
        self.assertEqual(str(Circle(1)), "Circle: area 3.14, perimeter 6.28", msg="str(Circle(1))")

    def test_superclass_constructor(self):
        """Subclasses set their name through the superclass constructor"""
        self.assertEqual(Circle(1).name, "Circle", msg="Circle(1).name")
        self.assertEqual(Rectangle(2, 3).name, "Rectangle", msg="Rectangle(2, 3).name")
        self.assertEqual(Square(2).name, "Square", msg="Square(2).name")
        self.assertEqual(Shape("blob").name, "blob", msg="Shape('blob').name")

    def test_isinstance(self):
        """A square is a rectangle, and every shape is a Shape"""
        square, circle = Square(2), Circle(1)
        self.assertTrue(isinstance(square, Rectangle), msg="a Square must be a Rectangle: class Square(Rectangle)")
        self.assertTrue(isinstance(square, Shape), msg="a Square must be a Shape")
        self.assertTrue(isinstance(circle, Shape), msg="a Circle must be a Shape")
        self.assertFalse(isinstance(circle, Rectangle), msg="a Circle is not a Rectangle")
        self.assertEqual((square.width, square.height), (2, 2), msg="a Square(2) has width 2 and height 2")

    def test_plain_shape(self):
        """A plain Shape has no area or perimeter"""
        blob = Shape("blob")
        with self.assertRaises(NotImplementedError, msg="Shape('blob').area()"):
            blob.area()
        with self.assertRaises(NotImplementedError, msg="Shape('blob').perimeter()"):
            blob.perimeter()

    def test_functions(self):
        """total_area, count_rectangles and describe_all"""
        beds = [Circle(1), Rectangle(2, 3), Square(2)]
        self.assertAlmostEqual(total_area(beds), math.pi + 10, places=9, msg="total_area of Circle(1), Rectangle(2, 3), Square(2)")
        self.assertEqual(count_rectangles(beds), 2, msg="count_rectangles: the square counts as a rectangle")
        self.assertEqual(
            describe_all(beds),
            ["Circle: area 3.14, perimeter 6.28", "Rectangle: area 6.00, perimeter 10.00", "Square: area 4.00, perimeter 8.00"],
            msg="describe_all of the three beds",
        )


if __name__ == "__main__":
    unittest.main()
