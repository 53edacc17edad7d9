# Write unittest tests for the spin-the-wheel game (see the README).
# wheel.py calls time.time() and random.random(): patch both, so that every
# test decides what time it is and which number is drawn.
import unittest
from unittest.mock import patch

from wheel import TooSoon, Wheel

DAY = 24 * 60 * 60
START = 1_750_000_000.0  # any fixed moment; only the differences matter


class TestWheel(unittest.TestCase):
    def test_small_draw_wins_a_coffee(self):
        with patch("wheel.time.time", return_value=START), \
                patch("wheel.random.random", return_value=0.01):
            self.assertEqual(Wheel().spin("ana"), "free coffee")

    # TODO: every band, and the draws right ON its edges (0.05, 0.2, 0.5)
    #       and close to 1
    # TODO: one draw per spin (random.random called once: assert_called_once)
    # TODO: a second spin within 24 h raises TooSoon with the right .wait;
    #       exactly 24 h later it is allowed
    # TODO: a refused spin draws nothing (assert_not_called)
    # TODO: a spin that wins nothing also starts the 24 hours
    # TODO: two customers do not share their 24 hours


if __name__ == "__main__":
    unittest.main()
