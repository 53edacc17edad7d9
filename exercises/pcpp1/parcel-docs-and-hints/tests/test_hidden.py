import typing
import unittest

import solution
from solution import Parcel, cheapest, parse_parcel, register_zone


class TestTypesHidden(unittest.TestCase):
    def test_cheapest_hints(self):
        """cheapest(parcels: list[Parcel], budget: float | None = None) -> tuple[str, float] | None"""
        got = typing.get_type_hints(cheapest)
        self.assertEqual(got.get("parcels"), list[Parcel], msg="parcels")
        self.assertEqual(got.get("budget"), float | None, msg="budget")
        self.assertEqual(got.get("return"), tuple[str, float] | None, msg="return")

    def test_register_zone_and_describe_hints(self):
        """register_zone(...) -> None and describe() -> str"""
        self.assertEqual(typing.get_type_hints(register_zone),
                         {"name": str, "rate": float, "return": type(None)})
        self.assertEqual(typing.get_type_hints(Parcel.describe),
                         {"return": str})

    def test_cheapest_budget(self):
        """cheapest skips parcels over the budget and returns None when none is left"""
        parcels = [parse_parcel("Ana;2.5;eu"), parse_parcel("Ken;1;world")]
        self.assertEqual(cheapest(parcels, budget=20.0), ("Ken: 1.0 kg to WORLD", 17.5))
        self.assertIsNone(cheapest(parcels, budget=10))
        self.assertIsNone(cheapest([]))

    def test_register_zone(self):
        """register_zone adds a rate under the upper-cased name"""
        register_zone("islands", 12.0)
        try:
            self.assertEqual(solution.quote(parse_parcel("Mo;3;ISLANDS")), 36.0)
        finally:
            solution.ZONE_RATES.pop("ISLANDS", None)


if __name__ == "__main__":
    unittest.main()
