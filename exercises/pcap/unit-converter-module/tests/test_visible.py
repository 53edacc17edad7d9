"""The module's namespace: which names each import statement binds."""

import math
import os
import unittest

import solution

CONVERSIONS = [
    "celsius_to_fahrenheit", "degrees_to_radians", "fahrenheit_to_celsius",
    "km_to_miles", "miles_to_km", "percent_to_degrees",
]


class TestNamespace(unittest.TestCase):
    longMessage = False  # show only the messages below, not unittest's diffs

    def test_math_as_m(self):
        """math is imported under the alias m"""
        self.assertIs(getattr(solution, "m", None), math,
                      msg="your module has no name m for the math module: "
                          "write `import math as m`")
        self.assertNotIn("math", dir(solution),
                         msg="your module also has the name math: "
                             "`import math as m` alone binds only m")

    def test_pi_by_name(self):
        """pi is imported by name from math"""
        self.assertIn("pi", dir(solution),
                      msg="your module has no name pi: write `from math import pi`")
        self.assertEqual(solution.pi, math.pi, msg="pi should be math.pi, 3.141592653589793")

    def test_os_path_qualified(self):
        """os.path is imported by its qualified name"""
        self.assertIs(getattr(solution, "os", None), os,
                      msg="your module has no name os: write `import os.path`, "
                          "then call os.path.getsize(...)")
        self.assertNotIn("path", dir(solution),
                         msg="your module has the name path, bound by `from os import path`: "
                             "write `import os.path` instead")

    def test_no_star_import(self):
        """no other math names leak into the module"""
        leaked = [name for name in dir(math)
                  if not name.startswith("_") and name != "pi" and name in dir(solution)]
        self.assertEqual(leaked, [],
                         msg=f"your module has {len(leaked)} names of math besides pi "
                             f"({', '.join(leaked[:5])}...): `from math import *` puts them "
                             "all there; import math as m and pi by name instead")

    def test_conversions_list(self):
        """CONVERSIONS lists the six conversion functions, sorted"""
        got = getattr(solution, "CONVERSIONS", None)
        self.assertEqual(got, CONVERSIONS,
                         msg=f"CONVERSIONS is {got!r}, expected {CONVERSIONS!r}: build it with "
                             "dir() below the last conversion function")


if __name__ == "__main__":
    unittest.main()
