# Write a test pyramid for bikeshare.py (see the README):
# - TestFareUnit: many unit tests of fare_cents on its own;
# - TestStationIntegration: a few tests where a Station, a Card and the real
#   tariff work together (rent a bike, give it back, check the card).
import unittest

from bikeshare import Card, Station, fare_cents


class TestFareUnit(unittest.TestCase):
    def test_ten_minute_casual_ride(self):
        self.assertEqual(fare_cents(600), 250)

    # TODO: started minutes, members' free half hour, the day cap, bad input


class TestStationIntegration(unittest.TestCase):
    def test_rent_unlocks_the_first_docked_bike(self):
        station = Station("Old Harbour", [7, 12])
        self.assertEqual(station.rent(Card("Ines", 1000), at=0), 7)

    # TODO: give the bike back and check the fare, the card and the dock,
    #       for a casual rider and for a member


if __name__ == "__main__":
    unittest.main()
