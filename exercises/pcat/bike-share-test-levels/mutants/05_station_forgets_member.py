# the station does not tell the tariff that the card is a member's card
"""Rentals at a Pedal & Go bike-share station.

Two parts work together: the tariff (fare_cents) says what a ride costs, the
Station rents bikes out, takes them back and charges the rider's Card.
Money is in euro cents (an int); times are in seconds.
"""
import math

UNLOCK_CENTS = 100        # casual riders pay this once per ride
CASUAL_MINUTE_CENTS = 15  # casual riders, every started minute
MEMBER_FREE_MINUTES = 30  # members ride the first 30 minutes free
MEMBER_MINUTE_CENTS = 10  # members, every started minute after the free ones
DAY_CAP_CENTS = 1200      # no ride ever costs more


def fare_cents(seconds, member=False):
    """Return the fare of a ride that lasted `seconds` seconds."""
    if seconds < 0:
        raise ValueError("a ride cannot last a negative time")
    minutes = math.ceil(seconds / 60)
    if member:
        cost = max(0, minutes - MEMBER_FREE_MINUTES) * MEMBER_MINUTE_CENTS
    else:
        cost = UNLOCK_CENTS + minutes * CASUAL_MINUTE_CENTS
    return min(cost, DAY_CAP_CENTS)


class Card:
    """A rider's prepaid card."""

    def __init__(self, owner, balance_cents, member=False):
        self.owner = owner
        self.balance_cents = balance_cents
        self.member = member


class Station:
    """A station with docked bikes, identified by their numbers."""

    def __init__(self, name, bike_ids):
        self.name = name
        self.docked = list(bike_ids)
        self._rides = {}  # bike id -> (card, start time in seconds)

    def rent(self, card, at):
        """Unlock the bike that has been docked longest; return its id."""
        if card.balance_cents <= 0:
            raise ValueError(f"{card.owner}'s card has no credit")
        if not self.docked:
            raise LookupError(f"no bike at {self.name}")
        bike = self.docked.pop(0)
        self._rides[bike] = (card, at)
        return bike

    def give_back(self, bike, at):
        """Dock a rented bike, charge the ride to its card; return the fare."""
        if bike not in self._rides:
            raise ValueError(f"bike {bike} is not out on a ride")
        card, start = self._rides.pop(bike)
        fare = fare_cents(at - start)
        card.balance_cents -= fare
        self.docked.append(bike)
        return fare
