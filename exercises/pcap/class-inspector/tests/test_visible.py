import unittest

from solution import Animal, Dog, RoboDog, Robot, describe, lineage


class VisibleInspectorTests(unittest.TestCase):
    maxDiff = None

    def test_sample_classes(self):
        """The sample classes behave as described"""
        self.assertEqual(Animal("Tom").speak(), "...", msg="Animal('Tom').speak()")
        rex = Dog("Rex")
        self.assertEqual((rex.name, rex.tricks, rex.speak()), ("Rex", [], "Woof"), msg="(name, tricks, speak()) of Dog('Rex')")
        self.assertEqual(Robot("R-1").recharge(), "charging", msg="Robot('R-1').recharge()")
        robo = RoboDog("Rex-2", "RX-2")
        self.assertTrue(isinstance(robo, Dog) and isinstance(robo, Robot), msg="a RoboDog is both a Dog and a Robot")
        self.assertEqual(robo.speak(), "Woof", msg="RoboDog inherits speak() from Dog")

    def test_describe_dog(self):
        """describe() of a Dog"""
        self.assertEqual(
            describe(Dog("Rex"), ["name", "speak", "tricks", "recharge"]),
            {"class": "Dog", "module": "solution", "bases": ["Animal"],
             "has": ["name", "speak", "tricks"], "instance_vars": ["name", "tricks"]},
            msg='describe(Dog("Rex"), ["name", "speak", "tricks", "recharge"])',
        )

    def test_describe_robodog(self):
        """describe() of a RoboDog: two bases and a private attribute"""
        self.assertEqual(
            describe(RoboDog("Rex-2", "RX-2"), ["recharge", "__serial", "_Robot__serial"]),
            {"class": "RoboDog", "module": "solution", "bases": ["Dog", "Robot"],
             "has": ["recharge", "_Robot__serial"], "instance_vars": ["_Robot__serial", "name", "tricks"]},
            msg='describe(RoboDog("Rex-2", "RX-2"), ["recharge", "__serial", "_Robot__serial"])',
        )

    def test_describe_int(self):
        """describe() of a built-in int"""
        self.assertEqual(
            describe(5, ["real", "upper"]),
            {"class": "int", "module": "builtins", "bases": ["object"], "has": ["real"], "instance_vars": []},
            msg='describe(5, ["real", "upper"])',
        )

    def test_lineage(self):
        """lineage() follows the first base up to object"""
        self.assertEqual(lineage(RoboDog), ["RoboDog", "Dog", "Animal", "object"], msg="lineage(RoboDog)")
        self.assertEqual(lineage(bool), ["bool", "int", "object"], msg="lineage(bool)")


if __name__ == "__main__":
    unittest.main()
