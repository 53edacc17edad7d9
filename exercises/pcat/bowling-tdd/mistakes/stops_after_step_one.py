# Mistake: step 1 is done (every complete game scores right) but step 2 was
# never started: roll() accepts any number of pins, even after the game is
# over, and score() of an unfinished game crashes with an IndexError
# instead of raising ValueError. The visible tests pass; the hidden ones
# of step 2 do not.
class BowlingGame:
    def __init__(self):
        self._rolls = []

    def roll(self, pins):
        self._rolls.append(pins)

    def score(self):
        total = 0
        first = 0
        for _ in range(10):
            if self._rolls[first] == 10:
                total += 10 + self._rolls[first + 1] + self._rolls[first + 2]
                first += 1
            elif self._rolls[first] + self._rolls[first + 1] == 10:
                total += 10 + self._rolls[first + 2]
                first += 2
            else:
                total += self._rolls[first] + self._rolls[first + 1]
                first += 2
        return total
