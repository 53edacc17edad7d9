"""Tests for the spin-the-wheel game (wheel.py): time.time and random.random are patched."""
import unittest
from unittest.mock import patch

from wheel import TooSoon, Wheel

DAY = 24 * 60 * 60
START = 1_750_000_000.0  # any fixed moment; only the differences matter


class WheelTest(unittest.TestCase):
    """Each test controls the clock (self.time) and the draw (self.random)."""

    def setUp(self):
        time_patcher = patch("wheel.time.time", return_value=START)
        random_patcher = patch("wheel.random.random", return_value=0.7)
        self.time = time_patcher.start()
        self.random = random_patcher.start()
        self.addCleanup(time_patcher.stop)
        self.addCleanup(random_patcher.stop)
        self.wheel = Wheel()

    def spin_at(self, moment, customer="ana"):
        self.time.return_value = moment
        return self.wheel.spin(customer)


class TestPrizes(WheelTest):
    def test_each_band_and_its_edges(self):
        table = [(0.0, "free coffee"), (0.0499, "free coffee"), (0.05, "free cookie"),
                 (0.1999, "free cookie"), (0.2, "10% off"), (0.4999, "10% off"),
                 (0.5, "no prize"), (0.9999999, "no prize")]
        for draw, prize in table:
            with self.subTest(draw=draw):
                self.random.return_value = draw
                self.assertEqual(Wheel().spin("ana"), prize)

    def test_one_draw_per_spin(self):
        self.random.side_effect = [0.3, 0.01]   # a second draw would win the coffee
        self.assertEqual(self.wheel.spin("ana"), "10% off")
        self.random.assert_called_once_with()


class TestCooldown(WheelTest):
    def test_refused_within_a_day_with_the_time_left(self):
        self.spin_at(START)
        with self.assertRaises(TooSoon) as caught:
            self.spin_at(START + 3600)
        self.assertEqual(caught.exception.wait, DAY - 3600)
        self.assertEqual(caught.exception.customer, "ana")

    def test_refused_one_second_before_and_allowed_exactly_a_day_later(self):
        self.spin_at(START)
        with self.assertRaises(TooSoon) as caught:
            self.spin_at(START + DAY - 1)
        self.assertEqual(caught.exception.wait, 1)
        self.assertEqual(self.spin_at(START + DAY), "no prize")

    def test_a_refused_spin_draws_nothing(self):
        self.spin_at(START)
        self.random.reset_mock()
        with self.assertRaises(TooSoon):
            self.spin_at(START + 60)
        self.random.assert_not_called()

    def test_a_spin_without_prize_also_starts_the_day(self):
        self.random.return_value = 0.99
        self.assertEqual(self.spin_at(START), "no prize")
        with self.assertRaises(TooSoon):
            self.spin_at(START + 10)

    def test_the_day_counts_from_the_last_allowed_spin(self):
        self.spin_at(START)
        self.spin_at(START + DAY + 500)
        with self.assertRaises(TooSoon) as caught:
            self.spin_at(START + 2 * DAY)
        self.assertEqual(caught.exception.wait, 500)

    def test_customers_have_their_own_day(self):
        self.spin_at(START, "ana")
        self.assertEqual(self.spin_at(START + 5, "björn"), "no prize")
        with self.assertRaises(TooSoon):
            self.spin_at(START + 6, "ana")


if __name__ == "__main__":
    unittest.main()
