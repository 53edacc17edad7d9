"""Step 2: the tenth frame, and the rolls and scores that must be refused."""
import unittest

from solution import BowlingGame


class TestStep2(unittest.TestCase):
    def setUp(self):
        self.game = BowlingGame()

    def roll_all(self, rolls):
        for pins in rolls:
            self.game.roll(pins)

    def test_all_spares(self):
        """21 rolls of 5 (ten spares and a bonus roll) score 150"""
        self.roll_all([5] * 21)
        self.assertEqual(self.game.score(), 150, msg="21 rolls of 5")

    def test_tenth_frame_spare(self):
        """a spare in the tenth frame earns one bonus roll"""
        self.roll_all([0] * 18 + [7, 3, 10])
        self.assertEqual(self.game.score(), 20, msg="18 rolls of 0, then 7, 3, 10")

    def test_ten_on_the_second_roll_is_a_spare(self):
        """10 pins on a frame's second roll is a spare, not a strike"""
        self.roll_all([0, 10, 5, 0] + [0] * 16)
        self.assertEqual(self.game.score(), 20, msg="0, 10 (spare), 5, 0, then 16 rolls of 0")

    def test_pins_out_of_range(self):
        """a roll of fewer than 0 or more than 10 pins raises ValueError and is not recorded"""
        for pins in (-1, 11, 100):
            with self.subTest(pins=pins):
                with self.assertRaises(ValueError, msg=f"roll({pins})"):
                    self.game.roll(pins)
        self.roll_all([1] * 20)
        self.assertEqual(self.game.score(), 20,
                         msg="refused rolls, then 20 rolls of 1: the refused ones must not count")

    def test_frame_over_ten_pins(self):
        """two rolls of a frame cannot knock down more than 10 pins"""
        self.game.roll(7)
        with self.assertRaises(ValueError, msg="roll(7) then roll(5) in the same frame"):
            self.game.roll(5)
        self.game.roll(3)  # 7 + 3 is a spare: fine
        self.roll_all([4] + [0] * 17)
        self.assertEqual(self.game.score(), 18, msg="7, 3 (spare), 4, then 17 rolls of 0")

    def test_tenth_frame_bonus_rolls(self):
        """the tenth frame's bonus rolls knock down standing pins only"""
        self.roll_all([0] * 18 + [10, 7])
        with self.assertRaises(ValueError, msg="tenth frame 10, 7, then 5: only 3 pins stand"):
            self.game.roll(5)
        self.game.roll(3)
        self.assertEqual(self.game.score(), 20, msg="18 rolls of 0, then 10, 7, 3")
        for bonus, total in (([10, 10, 10], 30), ([10, 0, 10], 20), ([6, 4, 10], 20)):
            with self.subTest(tenth_frame=bonus):
                game = BowlingGame()
                for pins in [0] * 18 + bonus:
                    game.roll(pins)
                self.assertEqual(game.score(), total, msg=f"18 rolls of 0, then {bonus}")

    def test_no_roll_after_the_game(self):
        """rolling after the last frame raises ValueError"""
        games = {"20 rolls of 0": [0] * 20,
                 "12 strikes": [10] * 12,
                 "18 rolls of 0, then 3, 4": [0] * 18 + [3, 4],
                 "21 rolls of 5": [5] * 21}
        for name, rolls in games.items():
            with self.subTest(game=name):
                game = BowlingGame()
                for pins in rolls:
                    game.roll(pins)
                with self.assertRaises(ValueError, msg=f"a roll after {name}"):
                    game.roll(0)

    def test_score_of_unfinished_game(self):
        """score() of an unfinished game raises ValueError"""
        games = {"no roll": [],
                 "19 rolls of 0": [0] * 19,
                 "11 strikes": [10] * 11,
                 "18 rolls of 0, then 5, 5 (the bonus roll is missing)": [0] * 18 + [5, 5]}
        for name, rolls in games.items():
            with self.subTest(game=name):
                game = BowlingGame()
                for pins in rolls:
                    game.roll(pins)
                with self.assertRaises(ValueError, msg=f"score() after {name}"):
                    game.score()


if __name__ == "__main__":
    unittest.main()
