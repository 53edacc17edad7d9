import unittest

from solution import Car, Garage, Motorbike, Van, Vehicle


class HiddenGarageTests(unittest.TestCase):
    def test_full_garage(self):
        """A full garage returns None and changes nothing"""
        g = Garage("Tiny", levels=1, spaces_per_level=2)
        self.assertEqual(g.park(Van("V-1")), 0, msg="a van fills the tiny garage")
        self.assertIsNone(g.park(Car("C-1")), msg="park() in a full garage")
        self.assertIsNone(g.park(Motorbike("M-1")), msg="park() of a motorbike in a full garage")
        self.assertEqual(str(g), "Tiny\nL0 [2/2] Van V-1", msg="str() after the refused vehicles")

    def test_van_not_split(self):
        """A van needs two free spaces on one level"""
        g = Garage("Split", levels=2, spaces_per_level=3)
        g.park(Car("C-1"))
        g.park(Car("C-2"))
        self.assertEqual(g.park(Van("V-1")), 1, msg="level 0 has only 1 free space, so the van goes to level 1")
        self.assertEqual(g.park(Motorbike("M-1")), 0, msg="the motorbike still fits on level 0")
        self.assertEqual((g.free_spaces(0), g.free_spaces(1)), (0, 1), msg="(free_spaces(0), free_spaces(1))")

    def test_levels_independent(self):
        """Each level has its own list of vehicles"""
        g = Garage("Tower", levels=3, spaces_per_level=1)
        g.park(Car("C-1"))
        g.park(Car("C-2"))
        self.assertEqual(str(g), "Tower\nL0 [1/1] Car C-1\nL1 [1/1] Car C-2\nL2 [0/1] empty", msg="str() of a 3-level garage with two cars")

    def test_bad_arguments(self):
        """Bad garage arguments and non-vehicles are refused"""
        for kwargs in (dict(levels=0), dict(spaces_per_level=-1), dict(levels="2"), dict(spaces_per_level=2.5)):
            with self.subTest(**kwargs):
                with self.assertRaises(ValueError):
                    Garage("Bad", **kwargs)
        with self.assertRaises(TypeError, msg='park("AB-1") with a str instead of a Vehicle'):
            Garage("Ok").park("AB-1")

    def test_bad_plates(self):
        """Blank or missing plates raise ValueError; accented plates are fine"""
        for plate in ("", "   ", None, 123):
            with self.subTest(plate=plate):
                with self.assertRaises(ValueError):
                    Car(plate)
        self.assertEqual(str(Motorbike(" zürich-1 ")), "Motorbike ZÜRICH-1", msg='str(Motorbike(" zürich-1 "))')

    def test_leave_frees_space(self):
        """Leaving makes room for the next vehicle"""
        g = Garage("Tiny", levels=1, spaces_per_level=2)
        van = Van("V-1")
        g.park(van)
        self.assertIs(g.leave(Car("v-1")), van, msg="a Car object with the van's plate is equal to the van")
        self.assertEqual(g.park(Car("C-1")), 0, msg="after the van left, a car can park")
        self.assertEqual(g.park(Car("C-2")), 0, msg="and a second car")

    def test_cloned_plate_other_type(self):
        """A van with a car's plate is a cloned plate"""
        g = Garage("Central")
        g.park(Car("AB-123"))
        with self.assertRaisesRegex(ValueError, "duplicate plate", msg='park(Van("AB-123")) while Car AB-123 is inside'):
            g.park(Van("AB-123"))

    def test_empty_garage(self):
        """An empty garage with the defaults"""
        g = Garage("Empty")
        self.assertEqual(str(g), "Empty\nL0 [0/10] empty", msg='str(Garage("Empty"))')
        self.assertEqual(g.free_spaces(0), 10, msg="free_spaces(0)")
        self.assertIsNone(g.find("X"), msg="find() in an empty garage")
        self.assertIsNone(g.leave(Car("X")), msg="leave() in an empty garage")

    def test_many_cars(self):
        """25 cars in a garage of 3 levels of 10"""
        g = Garage("Big", levels=3, spaces_per_level=10)
        levels = [g.park(Car(f"C-{n}")) for n in range(25)]
        self.assertEqual(levels, [0] * 10 + [1] * 10 + [2] * 5, msg="the level of each of the 25 cars")
        self.assertEqual([g.free_spaces(n) for n in range(3)], [0, 0, 5], msg="free spaces per level")

    def test_eq_not_identity_everywhere(self):
        """Equal vehicles are different objects"""
        cars = [Car("SAME") for _ in range(3)]
        self.assertTrue(all(c == cars[0] for c in cars), msg="all three cars are equal")
        self.assertTrue(all(c is not cars[0] for c in cars[1:]), msg="but they are three objects")
        self.assertIsInstance(cars[0], Vehicle, msg="a Car is a Vehicle")


if __name__ == "__main__":
    unittest.main()
