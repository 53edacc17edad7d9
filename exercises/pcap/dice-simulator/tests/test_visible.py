"""Each helper, right after random.seed(n): the same seed must give the same game."""

import platform
import random
import unittest

from solution import deal, first_player, python_tag, roll, storm_turns

DECK = ["knight", "bishop", "tower", "dragon", "wizard", "archer", "giant", "fairy"]


class TestHelpers(unittest.TestCase):
    def test_roll(self):
        """roll(5) after random.seed(7), twice"""
        for attempt in (1, 2):
            random.seed(7)
            self.assertEqual(roll(5), [3, 2, 4, 6, 1],
                             msg=f"random.seed(7); roll(5) (attempt {attempt}): roll each die "
                                 "with random.choice(range(1, sides + 1))")

    def test_first_player(self):
        """first_player after random.seed(3)"""
        random.seed(3)
        self.assertEqual(first_player(["Ana", "Ben", "Cleo", "Dara"]), "Ben",
                         msg='random.seed(3); first_player(["Ana", "Ben", "Cleo", "Dara"])')

    def test_deal(self):
        """deal(deck, 4) after random.seed(11) leaves the deck alone"""
        deck = list(DECK)
        random.seed(11)
        self.assertEqual(deal(deck, 4), ["fairy", "giant", "wizard", "dragon"],
                         msg="random.seed(11); deal(deck, 4): use random.sample(deck, size)")
        self.assertEqual(deck, DECK, msg="deal() must not change the deck it is given")

    def test_storm_turns(self):
        """storm_turns(10, 0.5) after random.seed(5)"""
        random.seed(5)
        self.assertEqual(storm_turns(10, 0.5), [7, 8],
                         msg="random.seed(5); storm_turns(10, 0.5): one random.random() per "
                             "turn, a storm when it is < chance")

    def test_python_tag(self):
        """python_tag names the Python that runs the game"""
        expected = f"{platform.python_implementation()} {platform.python_version()}"
        self.assertEqual(python_tag(), expected,
                         msg="python_implementation() and python_version(), with one space")


if __name__ == "__main__":
    unittest.main()
