# Mistake: patch("wheel.random", return_value=0.01) replaces the whole random
# MODULE inside wheel.py with a MagicMock; return_value is then what calling
# the module would give, not what random.random() gives. random.random() is
# now a MagicMock attribute returning another MagicMock, and comparing it
# with 0.05 raises a TypeError: the suite fails on the correct module.
# Patch the function: patch("wheel.random.random", return_value=0.01).
import unittest
from unittest.mock import patch

from wheel import TooSoon, Wheel

START = 1_750_000_000.0


class TestWheel(unittest.TestCase):
    def test_small_draw_wins_a_coffee(self):
        with patch("wheel.time", return_value=START), \
                patch("wheel.random", return_value=0.01):
            self.assertEqual(Wheel().spin("ana"), "free coffee")

    def test_big_draw_wins_nothing(self):
        with patch("wheel.time", return_value=START), \
                patch("wheel.random", return_value=0.7):
            self.assertEqual(Wheel().spin("ana"), "no prize")

    def test_second_spin_is_refused(self):
        wheel = Wheel()
        with patch("wheel.time", return_value=START), \
                patch("wheel.random", return_value=0.7):
            wheel.spin("ana")
            with self.assertRaises(TooSoon):
                wheel.spin("ana")


if __name__ == "__main__":
    unittest.main()
