# Mistake: random.random is patched with a fixed return_value and the tests
# only look at the prize. They never ask the mock how often it was called,
# so a spin that draws a new number for every band (same fixed number each
# time, same prize) or a refused spin that still draws a number pass.
import unittest
from unittest.mock import patch

from wheel import TooSoon, Wheel

DAY = 24 * 60 * 60
START = 1_750_000_000.0


class TestWheel(unittest.TestCase):
    def setUp(self):
        time_patcher = patch("wheel.time.time", return_value=START)
        random_patcher = patch("wheel.random.random", return_value=0.7)
        self.time = time_patcher.start()
        self.random = random_patcher.start()
        self.addCleanup(time_patcher.stop)
        self.addCleanup(random_patcher.stop)
        self.wheel = Wheel()

    def test_bands(self):
        for draw, prize in [(0.0, "free coffee"), (0.05, "free cookie"), (0.2, "10% off"),
                            (0.5, "no prize"), (0.9999, "no prize")]:
            with self.subTest(draw=draw):
                self.random.return_value = draw
                self.assertEqual(Wheel().spin("ana"), prize)

    def test_second_spin_within_a_day(self):
        self.wheel.spin("ana")
        self.time.return_value = START + 3600
        with self.assertRaises(TooSoon) as caught:
            self.wheel.spin("ana")
        self.assertEqual(caught.exception.wait, DAY - 3600)

    def test_allowed_exactly_a_day_later(self):
        self.wheel.spin("ana")
        self.time.return_value = START + DAY
        self.assertEqual(self.wheel.spin("ana"), "no prize")

    def test_customers_have_their_own_day(self):
        self.wheel.spin("ana")
        self.assertEqual(self.wheel.spin("björn"), "no prize")


if __name__ == "__main__":
    unittest.main()
