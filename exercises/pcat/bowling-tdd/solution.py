"""Score keeping of the Strike Zone bowling alley, grown test by test."""

FRAMES = 10
PINS = 10


class BowlingGame:
    """One player's game of ten-pin bowling."""

    def __init__(self):
        self._rolls = []         # pins knocked down by every roll, in order
        self._frame = 1          # the frame being played, 1 to 10
        self._frame_rolls = []   # the rolls of that frame so far
        self._over = False

    def roll(self, pins):
        """Record a roll that knocked down `pins` pins."""
        if self._over:
            raise ValueError("the game is over")
        if not 0 <= pins <= self._standing():
            raise ValueError(f"{pins} pins: only {self._standing()} are standing")
        self._rolls.append(pins)
        self._frame_rolls.append(pins)
        if self._frame_is_complete():
            if self._frame == FRAMES:
                self._over = True
            else:
                self._frame += 1
                self._frame_rolls = []

    def score(self):
        """The score of a finished game."""
        if not self._over:
            raise ValueError("the game is not finished")
        total = 0
        first = 0  # index of the frame's first roll
        for _ in range(FRAMES):
            if self._is_strike(first):
                total += PINS + self._rolls[first + 1] + self._rolls[first + 2]
                first += 1
            elif self._is_spare(first):
                total += PINS + self._rolls[first + 2]
                first += 2
            else:
                total += self._rolls[first] + self._rolls[first + 1]
                first += 2
        return total

    def _is_strike(self, first):
        return self._rolls[first] == PINS

    def _is_spare(self, first):
        return self._rolls[first] + self._rolls[first + 1] == PINS

    def _standing(self):
        """Pins standing for the next roll: a full rack after a strike or a spare."""
        standing = PINS
        for pins in self._frame_rolls:
            standing -= pins
            if standing == 0:
                standing = PINS
        return standing

    def _frame_is_complete(self):
        rolls = self._frame_rolls
        if self._frame < FRAMES:
            return rolls[0] == PINS or len(rolls) == 2
        # The tenth frame: a strike or a spare earns bonus rolls, up to three in all.
        return len(rolls) == 3 or (len(rolls) == 2 and sum(rolls) < PINS)
