import unittest

from solution import Dog, RoboDog, Robot, describe, lineage


class Gadget:
    """A class the solution has never seen, defined in the test module."""

    def __init__(self):
        self.size = 3
        self.__code = 1234

    def beep(self):
        return "beep"


class HiddenInspectorTests(unittest.TestCase):
    maxDiff = None

    def test_describe_bool(self):
        """describe() of True: bool is a subclass of int"""
        self.assertEqual(
            describe(True, ["real", "bit_length", "upper"]),
            {"class": "bool", "module": "builtins", "bases": ["int"], "has": ["real", "bit_length"], "instance_vars": []},
            msg='describe(True, ["real", "bit_length", "upper"])',
        )

    def test_describe_none_default(self):
        """describe() of None without attributes"""
        self.assertEqual(
            describe(None),
            {"class": "NoneType", "module": "builtins", "bases": ["object"], "has": [], "instance_vars": []},
            msg="describe(None)",
        )

    def test_describe_str(self):
        """describe() of a str, with dunder methods"""
        self.assertEqual(
            describe("héllo", ("upper", "__len__", "name")),
            {"class": "str", "module": "builtins", "bases": ["object"], "has": ["upper", "__len__"], "instance_vars": []},
            msg='describe("héllo", ("upper", "__len__", "name"))',
        )

    def test_describe_exception(self):
        """describe() of an exception object"""
        self.assertEqual(
            describe(KeyError("k"), ["args", "errno"]),
            {"class": "KeyError", "module": "builtins", "bases": ["LookupError"], "has": ["args"], "instance_vars": []},
            msg='describe(KeyError("k"), ["args", "errno"])',
        )

    def test_describe_foreign_class(self):
        """describe() of an object of a class defined elsewhere"""
        result = describe(Gadget(), ["beep", "size", "__code", "_Gadget__code"])
        self.assertEqual(result["class"], "Gadget", msg='describe(Gadget())["class"]')
        self.assertEqual(result["module"], Gadget.__module__, msg='"module" is where Gadget was defined (the test module), not "solution"')
        self.assertEqual(result["bases"], ["object"], msg='describe(Gadget())["bases"]')
        self.assertEqual(result["has"], ["beep", "size", "_Gadget__code"], msg='describe(Gadget())["has"]')
        self.assertEqual(result["instance_vars"], ["_Gadget__code", "size"], msg='describe(Gadget())["instance_vars"]')

    def test_attribute_order_and_late_vars(self):
        """"has" keeps the given order; variables added later are listed"""
        rex = Dog("Rex")
        rex.age = 3
        rex.tricks.append("sit")
        result = describe(rex, ["tricks", "age", "name", "speak"])
        self.assertEqual(result["has"], ["tricks", "age", "name", "speak"], msg='"has" in the order of the attributes given')
        self.assertEqual(result["instance_vars"], ["age", "name", "tricks"], msg='"instance_vars" after rex.age = 3')
        self.assertEqual(rex.tricks, ["sit"], msg="describe must not change the object")

    def test_robot_private(self):
        """A Robot keeps its serial private"""
        robot = Robot("R-1")
        self.assertEqual(describe(robot)["instance_vars"], ["_Robot__serial"], msg="instance_vars of Robot('R-1')")
        self.assertFalse(hasattr(robot, "__serial"), msg="robot.__serial must not exist outside the class")

    def test_lineage_more(self):
        """lineage() of object, KeyError, Dog and a test class"""
        self.assertEqual(lineage(object), ["object"], msg="lineage(object)")
        self.assertEqual(lineage(KeyError), ["KeyError", "LookupError", "Exception", "BaseException", "object"], msg="lineage(KeyError)")
        self.assertEqual(lineage(Dog), ["Dog", "Animal", "object"], msg="lineage(Dog)")
        self.assertEqual(lineage(Gadget), ["Gadget", "object"], msg="lineage(Gadget)")

    def test_separate_tricks(self):
        """Every dog gets its own list of tricks"""
        a, b = Dog("A"), RoboDog("B", "S-1")
        a.tricks.append("roll")
        self.assertEqual(b.tricks, [], msg="a RoboDog's tricks after another dog learned one")


if __name__ == "__main__":
    unittest.main()
