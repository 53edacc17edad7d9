# Grow BowlingGame test by test (see the README's red-green-refactor steps).
# As it is, the gutter-game test already passes: that is your first green.
# Run the tests, pick the next red one, and write just enough code for it.


class BowlingGame:
    def __init__(self):
        pass

    def roll(self, pins):
        pass  # TODO: remember the roll

    def score(self):
        return 0  # TODO: the simplest code that makes the next test pass
