# Mistake: only random.random is patched; the tests run on the real clock.
# They cannot wait 24 hours, so they only check that a second spin right
# away is refused: the edge of the 24 hours and the time left in
# TooSoon.wait are never tested, and bugs there survive.
import unittest
from unittest.mock import patch

from wheel import TooSoon, Wheel


class TestWheel(unittest.TestCase):
    def setUp(self):
        random_patcher = patch("wheel.random.random", return_value=0.7)
        self.random = random_patcher.start()
        self.addCleanup(random_patcher.stop)
        self.wheel = Wheel()

    def test_bands(self):
        for draw, prize in [(0.0, "free coffee"), (0.05, "free cookie"), (0.2, "10% off"),
                            (0.5, "no prize"), (0.9999, "no prize")]:
            with self.subTest(draw=draw):
                self.random.return_value = draw
                self.assertEqual(Wheel().spin("ana"), prize)
        self.assertEqual(self.random.call_count, 5)

    def test_second_spin_right_away_is_refused(self):
        self.wheel.spin("ana")
        self.random.reset_mock()
        with self.assertRaises(TooSoon):
            self.wheel.spin("ana")
        self.random.assert_not_called()

    def test_spin_without_prize_counts(self):
        self.random.return_value = 0.99
        self.wheel.spin("ana")
        with self.assertRaises(TooSoon):
            self.wheel.spin("ana")


if __name__ == "__main__":
    unittest.main()
