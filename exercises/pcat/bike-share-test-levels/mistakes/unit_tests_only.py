# Mistake: only unit tests. The tariff is tested thoroughly on its own, but
# no test ever rents a bike and gives it back, so nothing checks that the
# Station calls the tariff correctly and charges the card: every bug in the
# wiring between the two parts survives.
import unittest

from bikeshare import fare_cents


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

    def test_negative_time_is_refused(self):
        with self.assertRaises(ValueError):
            fare_cents(-1)


if __name__ == "__main__":
    unittest.main()
