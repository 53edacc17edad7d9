# a spin that wins nothing does not start the 24 hours
"""Spin-the-wheel game of the Bean There coffee app.

A customer may spin the wheel once every 24 hours. Each spin draws ONE
random number with random.random() and reads the prize from the bands below.
The time of a spin is read with time.time().
"""
import random
import time

COOLDOWN = 24 * 60 * 60  # seconds between two spins of the same customer

# (upper bound of the band, prize): a draw d wins the first prize with d < bound
PRIZES = [
    (0.05, "free coffee"),   # 0.00 <= d < 0.05
    (0.20, "free cookie"),   # 0.05 <= d < 0.20
    (0.50, "10% off"),       # 0.20 <= d < 0.50
    (1.00, "no prize"),      # 0.50 <= d < 1.00
]


class TooSoon(Exception):
    """The customer already spun less than 24 hours ago."""

    def __init__(self, customer, wait):
        super().__init__(f"{customer} can spin again in {wait:.0f} s")
        self.customer = customer
        self.wait = wait


class Wheel:
    def __init__(self):
        self._last_spin = {}  # customer -> time.time() of their last spin

    def spin(self, customer):
        """Spin the wheel for `customer` and return the prize's name.

        Raises TooSoon (with .wait, the seconds left) when the customer's
        last spin was less than COOLDOWN seconds ago; no number is drawn then.
        """
        now = time.time()
        last = self._last_spin.get(customer)
        if last is not None and now - last < COOLDOWN:
            raise TooSoon(customer, COOLDOWN - (now - last))
        draw = random.random()
        for bound, prize in PRIZES:
            if draw < bound:
                if prize != "no prize":
                    self._last_spin[customer] = now
                return prize
        raise AssertionError(f"random.random() returned {draw}, outside [0, 1)")
