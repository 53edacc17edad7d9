import unittest

from solution import Car, Garage, Motorbike, Van, Vehicle


class VisibleGarageTests(unittest.TestCase):
    def test_vehicles(self):
        """Vehicles: plates, wheels, spaces and str()"""
        car = Car(" ab-123 ")
        self.assertEqual(car.plate, "AB-123", msg='Car(" ab-123 ").plate')
        self.assertEqual((Car("C").wheels, Motorbike("M").wheels, Van("V").wheels), (4, 2, 4), msg="wheels of a car, a motorbike and a van")
        self.assertEqual((Car("C").spaces_needed(), Motorbike("M").spaces_needed(), Van("V").spaces_needed()), (1, 1, 2),
                         msg="spaces_needed() of a car, a motorbike and a van")
        self.assertEqual(str(Van("xy-9")), "Van XY-9", msg='str(Van("xy-9"))')
        self.assertEqual(str(car), "Car AB-123", msg='str(Car(" ab-123 "))')
        self.assertTrue(isinstance(Motorbike("M"), Vehicle), msg="a Motorbike is a Vehicle")

    def test_equality_vs_identity(self):
        """== compares plates, is compares objects"""
        a = Car("AB-123")
        b = Car("ab-123")
        self.assertTrue(a == b, msg='Car("AB-123") == Car("ab-123") should be True (same plate)')
        self.assertFalse(a is b, msg="two separate objects are never `is` each other")
        self.assertFalse(a != b, msg="!= must agree with ==")
        self.assertTrue(a != Car("CD-456"), msg="different plates are not equal")
        self.assertFalse(a == "AB-123", msg="a vehicle is not equal to a str")

    def test_park_lowest_level(self):
        """Parking fills the lowest level first"""
        g = Garage("Central", levels=2, spaces_per_level=3)
        self.assertEqual(g.park(Car("AB-123")), 0, msg="the first car goes to level 0")
        self.assertEqual(g.park(Van("XY-9")), 0, msg="a van fits in the 2 free spaces of level 0")
        self.assertEqual(g.park(Motorbike("M-7")), 1, msg="level 0 is full, so the motorbike goes to level 1")
        self.assertEqual((g.free_spaces(0), g.free_spaces(1)), (0, 2), msg="(free_spaces(0), free_spaces(1))")

    def test_leave_by_plate(self):
        """A vehicle leaves with a new object that has its plate"""
        g = Garage("Central", levels=1, spaces_per_level=3)
        car = Car("AB-123")
        g.park(car)
        at_exit = Car("ab-123")
        left = g.leave(at_exit)
        self.assertIsNotNone(left, msg="leave() with an equal (==) but different object must find the parked car")
        self.assertIs(left, car, msg="leave() must return the parked object, not the argument")
        self.assertEqual(g.free_spaces(0), 3, msg="free_spaces(0) after the car left")
        self.assertIsNone(g.leave(Car("AB-123")), msg="leave() when the car is no longer there")

    def test_find(self):
        """find() returns the parked object itself"""
        g = Garage("Central", levels=2, spaces_per_level=1)
        car, van = Car("AB-123"), Van("XY-9")
        g.park(car)
        g.park(Motorbike("M-7"))
        self.assertIs(g.find(" ab-123"), car, msg='find(" ab-123") should be the very Car object that was parked')
        self.assertIsNone(g.find("XY-9"), msg="find() of a plate that is not inside")
        self.assertIsNone(g.park(van), msg="park() of a van when no level has 2 free spaces returns None")

    def test_str(self):
        """str() of the garage"""
        g = Garage("Central", levels=2, spaces_per_level=3)
        g.park(Car(" ab-123 "))
        g.park(Van("xy-9"))
        g.park(Motorbike("m-7"))
        self.assertEqual(str(g), "Central\nL0 [3/3] Car AB-123, Van XY-9\nL1 [1/3] Motorbike M-7", msg="str() of the example garage")

    def test_already_parked_or_cloned(self):
        """The same object twice, or a cloned plate, is refused"""
        g = Garage("Central", levels=2, spaces_per_level=3)
        car = Car("AB-123")
        g.park(car)
        with self.assertRaisesRegex(ValueError, "already parked", msg="parking the same object again"):
            g.park(car)
        with self.assertRaisesRegex(ValueError, "duplicate plate", msg="parking a different object with the same plate"):
            g.park(Car("ab-123"))
        self.assertEqual(g.free_spaces(0), 2, msg="refused vehicles must not take a space")


if __name__ == "__main__":
    unittest.main()
