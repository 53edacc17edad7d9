import typing
import unittest

from solution import Parcel, cheapest, parse_parcel, quote


def hints(function):
    """The annotations of a function, evaluated, as typing sees them."""
    return typing.get_type_hints(function)


class TestTypesAndBehaviour(unittest.TestCase):
    def assert_hints(self, function, expected, label):
        got = hints(function)
        for name, hint in expected.items():
            where = "the return value" if name == "return" else f"parameter '{name}'"
            self.assertIn(name, got, msg=f"{label}: {where} has no annotation")
            self.assertEqual(got[name], hint, msg=f"{label}: the type of {where}")

    def test_quote_hints(self):
        """quote(parcel: Parcel, express: bool = False) -> float"""
        self.assert_hints(quote, {"parcel": Parcel, "express": bool,
                                  "return": float}, "quote")

    def test_parse_parcel_hints(self):
        """parse_parcel(line: str) -> Parcel"""
        self.assert_hints(parse_parcel, {"line": str, "return": Parcel},
                          "parse_parcel")

    def test_init_hints(self):
        """Parcel(recipient: str, weight_kg: float, zone: str) -> None"""
        self.assert_hints(Parcel.__init__, {"recipient": str, "weight_kg": float,
                                            "zone": str, "return": type(None)},
                          "Parcel.__init__")

    def test_behaviour_unchanged(self):
        """the quotes are the same as before"""
        parcel = parse_parcel("Ana Silva;2.5;eu")
        self.assertEqual(parcel.describe(), "Ana Silva: 2.5 kg to EU")
        self.assertEqual(quote(parcel), 27.0, msg="3 started kg to EU at 9.0")
        self.assertEqual(quote(parcel, express=True), 40.5, msg="express")
        self.assertEqual(cheapest([parcel, parse_parcel("Bo;0.4;domestic")]),
                         ("Bo: 0.4 kg to DOMESTIC", 4.5))


if __name__ == "__main__":
    unittest.main()
