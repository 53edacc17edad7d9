# Mistake: score() walks the rolls until they run out instead of counting
# ten frames. The bonus rolls after a strike or a spare in the tenth frame
# are then scored again as frames of their own: the perfect game (12
# strikes) scores 330 instead of 300.
class BowlingGame:
    def __init__(self):
        self._rolls = []

    def roll(self, pins):
        self._rolls.append(pins)

    def score(self):
        rolls = self._rolls + [0, 0]  # bonuses past the last roll count as 0
        total = 0
        i = 0
        while i < len(self._rolls):
            if rolls[i] == 10:
                total += 10 + rolls[i + 1] + rolls[i + 2]
                i += 1
            elif rolls[i] + rolls[i + 1] == 10:
                total += 10 + rolls[i + 2]
                i += 2
            else:
                total += rolls[i] + rolls[i + 1]
                i += 2
        return total
