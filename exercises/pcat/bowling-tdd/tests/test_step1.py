"""Step 1 of the TDD walk-through: scoring complete games (the README shows these tests)."""
import unittest

from solution import BowlingGame


class TestStep1(unittest.TestCase):
    def setUp(self):
        self.game = BowlingGame()

    def roll_many(self, times, pins):
        for _ in range(times):
            self.game.roll(pins)

    def test_gutter_game(self):
        """a gutter game (20 rolls of 0) scores 0"""
        self.roll_many(20, 0)
        self.assertEqual(self.game.score(), 0, msg="20 rolls of 0")

    def test_all_ones(self):
        """twenty rolls of 1 score 20"""
        self.roll_many(20, 1)
        self.assertEqual(self.game.score(), 20, msg="20 rolls of 1")

    def test_one_spare(self):
        """a spare earns the next roll as a bonus: 5, 5, 3 then zeros score 16"""
        self.game.roll(5)
        self.game.roll(5)
        self.game.roll(3)
        self.roll_many(17, 0)
        self.assertEqual(self.game.score(), 16, msg="5, 5 (spare), 3, then 17 rolls of 0")

    def test_one_strike(self):
        """a strike earns the next two rolls: 10, 3, 4 then zeros score 24"""
        self.game.roll(10)
        self.game.roll(3)
        self.game.roll(4)
        self.roll_many(16, 0)
        self.assertEqual(self.game.score(), 24, msg="10 (strike), 3, 4, then 16 rolls of 0")

    def test_perfect_game(self):
        """twelve strikes, the perfect game, score 300"""
        self.roll_many(12, 10)
        self.assertEqual(self.game.score(), 300, msg="12 rolls of 10")


if __name__ == "__main__":
    unittest.main()
