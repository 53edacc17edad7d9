# Mistake: an upside-down pyramid. Two end-to-end rides check the whole
# station, but broad tests are few and use round numbers (a 10-minute ride, a
# 40-minute ride): nobody tries a started minute (61 s), the end of the free
# half hour or the day cap, so the tariff's edge bugs survive.
import unittest

from bikeshare import Card, Station


class TestStationIntegration(unittest.TestCase):
    def test_casual_ride(self):
        station = Station("Old Harbour", [7])
        card = Card("Ines", 1000)
        bike = station.rent(card, at=0)
        self.assertEqual(station.give_back(bike, at=600), 250)
        self.assertEqual(card.balance_cents, 750)

    def test_member_ride(self):
        station = Station("Old Harbour", [7])
        card = Card("Ömer", 500, member=True)
        bike = station.rent(card, at=0)
        self.assertEqual(station.give_back(bike, at=2400), 100)
        self.assertEqual(card.balance_cents, 400)
        self.assertEqual(station.docked, [7])


if __name__ == "__main__":
    unittest.main()
