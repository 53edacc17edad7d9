"""Dice, cards and storms for the board game "Harbour Lights", replayable from a seed."""

# TODO: import the modules you need (random, platform).


def roll(count, sides=6):
    """Roll `count` dice with `sides` sides; return the faces as a list."""
    return []  # TODO: one random.choice(range(1, sides + 1)) per die


def first_player(players):
    """Pick the player who starts."""
    return players[0]  # TODO: random.choice


def deal(deck, size):
    """Deal `size` different cards from the deck, leaving the deck itself unchanged."""
    return deck[:size]  # TODO: random.sample


def storm_turns(turns, chance):
    """The turns (numbered from 1) on which a storm breaks out, each with probability `chance`."""
    return []  # TODO: one random.random() per turn


def replay(seed, players, deck):
    """Set up a game exactly as it went with this seed."""
    # TODO: seed the generator, then draw in the order the README gives.
    return {"first": None, "hand": [], "dice": [], "storms": []}


def python_tag():
    """Which Python made the replay, e.g. "CPython 3.12.1"."""
    return ""  # TODO: use the platform module
