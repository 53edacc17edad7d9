"""Edge cases and the order of draws."""

import random
import unittest

from solution import deal, first_player, replay, roll, storm_turns

DECK = ["knight", "bishop", "tower", "dragon", "wizard", "archer", "giant", "fairy"]


class TestEdges(unittest.TestCase):
    def test_twenty_sided(self):
        """roll(4, 20) after random.seed(99), and no dice at all"""
        random.seed(99)
        self.assertEqual(roll(4, 20), [13, 13, 7, 20], msg="random.seed(99); roll(4, 20)")
        self.assertEqual(roll(0), [], msg="roll(0)")

    def test_one_after_another(self):
        """one seed, then several draws in a row"""
        random.seed(12)
        self.assertEqual(roll(3), [4, 3, 6], msg="random.seed(12); roll(3)")
        self.assertEqual(first_player(["Ana", "Ben", "Cleo"]), "Cleo",
                         msg="then first_player([\"Ana\", \"Ben\", \"Cleo\"])")
        self.assertEqual(deal(DECK, 2), ["archer", "bishop"], msg="then deal(DECK, 2)")

    def test_deal_edges(self):
        """deal no card, the whole deck, or too many cards"""
        self.assertEqual(deal(DECK, 0), [], msg="deal(DECK, 0)")
        random.seed(31)
        self.assertEqual(deal(DECK, 8),
                         ["knight", "dragon", "fairy", "giant", "bishop", "tower", "archer",
                          "wizard"],
                         msg="random.seed(31); deal(DECK, 8)")
        with self.assertRaises(ValueError, msg="deal(DECK, 9): random.sample raises ValueError"):
            deal(DECK, 9)

    def test_storm_edges(self):
        """no chance, certain storms, and no turns"""
        self.assertEqual(storm_turns(6, 0.0), [], msg="storm_turns(6, 0.0)")
        self.assertEqual(storm_turns(6, 1.0), [1, 2, 3, 4, 5, 6], msg="storm_turns(6, 1.0)")
        self.assertEqual(storm_turns(0, 0.5), [], msg="storm_turns(0, 0.5)")

    def test_replay_twice(self):
        """replay gives the same game twice, whatever was drawn in between"""
        first = replay(77, ["Ana", "Ben"], DECK)
        roll(10)
        self.assertEqual(replay(77, ["Ana", "Ben"], DECK), first,
                         msg="replay must call random.seed(seed) itself")


if __name__ == "__main__":
    unittest.main()
