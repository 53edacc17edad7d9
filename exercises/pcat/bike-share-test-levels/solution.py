"""Tests for bikeshare.py, shaped like the test pyramid.

Many small unit tests pin down the tariff on its own; a few integration
tests check that the Station, the Card and the real tariff work together.
"""
import unittest

from bikeshare import Card, Station, fare_cents


class TestFareUnit(unittest.TestCase):
    """Unit tests: fare_cents alone, no station, no card."""

    def test_casual_fares(self):
        table = [(0, 100),       # unlocking alone costs the unlock fee
                 (1, 115),       # one second is a started minute
                 (60, 115),
                 (61, 130),
                 (600, 250)]
        for seconds, cents in table:
            with self.subTest(seconds=seconds):
                self.assertEqual(fare_cents(seconds), cents)

    def test_member_fares(self):
        table = [(0, 0),
                 (1800, 0),      # exactly 30 minutes: still free
                 (1801, 10),     # the 31st minute has started
                 (2400, 100)]    # 40 minutes: 10 paid minutes
        for seconds, cents in table:
            with self.subTest(seconds=seconds):
                self.assertEqual(fare_cents(seconds, member=True), cents)

    def test_day_cap(self):
        table = [(False, 73 * 60, 1195),    # 100 + 73 * 15, just under the cap
                 (False, 74 * 60, 1200),    # 1210, capped
                 (False, 86_400, 1200),     # a whole day
                 (True, 86_400, 1200)]
        for member, seconds, cents in table:
            with self.subTest(member=member, seconds=seconds):
                self.assertEqual(fare_cents(seconds, member=member), cents)

    def test_negative_time_is_refused(self):
        with self.assertRaises(ValueError):
            fare_cents(-1)


class TestStationIntegration(unittest.TestCase):
    """Integration tests: a Station, a Card and the real tariff together."""

    def test_casual_ride_is_charged_to_the_card(self):
        station = Station("Old Harbour", [7, 12])
        card = Card("Ines", 1000)
        bike = station.rent(card, at=36_000)
        fare = station.give_back(bike, at=36_000 + 61)
        self.assertEqual(bike, 7)
        self.assertEqual(fare, 130)
        self.assertEqual(card.balance_cents, 870)

    def test_member_ride_uses_the_member_tariff(self):
        station = Station("Old Harbour", [7])
        card = Card("Ömer", 500, member=True)
        bike = station.rent(card, at=0)
        fare = station.give_back(bike, at=40 * 60)
        self.assertEqual(fare, 100)
        self.assertEqual(card.balance_cents, 400)

    def test_returned_bike_is_docked_again(self):
        station = Station("Old Harbour", [7])
        card = Card("Ines", 1000)
        bike = station.rent(card, at=0)
        self.assertEqual(station.docked, [])
        station.give_back(bike, at=300)
        self.assertEqual(station.docked, [7])

    def test_refusals(self):
        station = Station("Old Harbour", [7])
        with self.assertRaises(ValueError):
            station.rent(Card("Ana", 0), at=0)
        station.rent(Card("Ines", 1000), at=0)
        with self.assertRaises(LookupError):
            station.rent(Card("Bo", 1000), at=10)
        with self.assertRaises(ValueError):
            station.give_back(99, at=20)


if __name__ == "__main__":
    unittest.main()
