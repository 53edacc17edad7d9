# Mistake: the occupancy (11 booked nights of 31) is compared with assertEqual
# and a value rounded by hand, 0.3548. occupancy returns 0.3548387096774194,
# so the test fails on the correct module and no bug can be counted.
# assertAlmostEqual(result, 11 / 31) (or places=4) is the check for floats.
import unittest
from datetime import date

from stays import clashes, free_nights, nights_by_month, occupancy, parse_stay


class TestStays(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(parse_stay("2025-07-01+4"), (date(2025, 7, 1), date(2025, 7, 5)))
        with self.assertRaisesRegex(ValueError, "not after arrival"):
            parse_stay("2025-07-01+0")
        with self.assertRaisesRegex(ValueError, "use YYYY-MM-DD"):
            parse_stay("2025-13-01+2")

    def test_nights_by_month(self):
        self.assertDictEqual(nights_by_month("2025-07-30..2025-08-02"),
                             {"2025-07": 2, "2025-08": 1})

    def test_occupancy(self):
        stays = ["2025-07-01..2025-07-10", "2025-07-20+2"]
        self.assertEqual(occupancy(stays, 2025, 7), 0.3548)

    def test_clashes(self):
        bookings = {"B1": "2025-07-01..2025-07-05", "B2": "2025-07-05+3"}
        self.assertCountEqual(clashes(bookings), [])


if __name__ == "__main__":
    unittest.main()
