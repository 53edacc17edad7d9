# Mistake: range(1, sides) stops before `sides`, so a die never shows its highest face
# (and the seeded rolls come out different).
"""Dice, cards and storms for the board game "Harbour Lights", replayable from a seed."""

import platform
import random


def roll(count, sides=6):
    """Roll `count` dice with `sides` sides; return the faces as a list."""
    return [random.choice(range(1, sides)) for _ in range(count)]


def first_player(players):
    """Pick the player who starts."""
    return random.choice(players)


def deal(deck, size):
    """Deal `size` different cards from the deck, leaving the deck itself unchanged."""
    return random.sample(deck, size)


def storm_turns(turns, chance):
    """The turns (numbered from 1) on which a storm breaks out, each with probability `chance`."""
    return [turn for turn in range(1, turns + 1) if random.random() < chance]


def replay(seed, players, deck):
    """Set up a game exactly as it went with this seed."""
    random.seed(seed)
    first = first_player(players)
    hand = deal(deck, 3)
    dice = roll(2)
    storms = storm_turns(5, 0.3)
    return {"first": first, "hand": hand, "dice": dice, "storms": storms}


def python_tag():
    """Which Python made the replay, e.g. "CPython 3.12.1"."""
    return f"{platform.python_implementation()} {platform.python_version()}"
