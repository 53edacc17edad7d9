# Mistake: frame n is taken to be rolls 2n and 2n+1, as if a strike were
# followed by a roll of 0. A strike is only ONE roll, so after it every
# frame is read from the wrong rolls, and the last frames look for rolls
# that were never made: a game with a strike crashes with an IndexError.
class BowlingGame:
    def __init__(self):
        self._rolls = []

    def roll(self, pins):
        self._rolls.append(pins)

    def score(self):
        rolls = self._rolls
        total = 0
        for frame in range(10):
            i = 2 * frame
            if rolls[i] == 10:
                total += 10 + rolls[i + 1] + rolls[i + 2]
            elif rolls[i] + rolls[i + 1] == 10:
                total += 10 + rolls[i + 2]
            else:
                total += rolls[i] + rolls[i + 1]
        return total
