# Mistake: the "integration" tests replace the tariff with a stub
# (mock.patch("bikeshare.fare_cents", return_value=250)). That makes them unit
# tests of the Station: the stub answers 250 whatever it is asked, so a
# station that passes minutes instead of seconds, or forgets the member flag,
# still looks right. The parts are never tested TOGETHER.
import unittest
from unittest import mock

from bikeshare import Card, Station, fare_cents


class TestFareUnit(unittest.TestCase):
    def test_casual_fares(self):
        for seconds, cents in [(0, 100), (1, 115), (61, 130), (600, 250)]:
            with self.subTest(seconds=seconds):
                self.assertEqual(fare_cents(seconds), cents)

    def test_member_fares(self):
        for seconds, cents in [(1800, 0), (1801, 10), (2400, 100)]:
            with self.subTest(seconds=seconds):
                self.assertEqual(fare_cents(seconds, member=True), cents)

    def test_day_cap(self):
        self.assertEqual(fare_cents(86_400), 1200)
        self.assertEqual(fare_cents(86_400, member=True), 1200)


class TestStation(unittest.TestCase):
    @mock.patch("bikeshare.fare_cents", return_value=250)
    def test_ride_is_charged_to_the_card(self, fake_tariff):
        station = Station("Old Harbour", [7])
        card = Card("Ines", 1000)
        bike = station.rent(card, at=0)
        self.assertEqual(station.give_back(bike, at=600), 250)
        self.assertEqual(card.balance_cents, 750)
        self.assertEqual(station.docked, [7])

    @mock.patch("bikeshare.fare_cents", return_value=100)
    def test_member_ride(self, fake_tariff):
        station = Station("Old Harbour", [7])
        card = Card("Ömer", 500, member=True)
        bike = station.rent(card, at=0)
        self.assertEqual(station.give_back(bike, at=2400), 100)


if __name__ == "__main__":
    unittest.main()
