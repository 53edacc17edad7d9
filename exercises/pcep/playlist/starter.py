def play_next(playlist, current, song):
    """Return a new playlist where `song` comes right after `current`."""
    # TODO: work on a copy of playlist, never on playlist itself.
    # TODO: if song is already in the list, remove it first; then insert it
    #       right after current (or append it if current is not there).
    return None


def up_next(playlist, current, count):
    """Return at most `count` songs that play after `current`."""
    # TODO: find where current is (or start from the beginning) and slice.
    return None


def without_duplicates(playlist):
    """Return a new playlist keeping only the first copy of each title."""
    # TODO: build a new list, adding each song that is not in it yet.
    return None


def alphabetical(playlist):
    """Return a new playlist sorted in alphabetical order."""
    # TODO: return a sorted copy; do not change playlist.
    return None
