def play_next(playlist, current, song):
    """Return a new playlist where `song` comes right after `current`."""
    new_list = playlist[:]  # a clone: the caller's list stays as it was
    if song in new_list:
        del new_list[new_list.index(song)]
    if current in new_list:
        # Find `current` only after removing `song`: positions may move.
        new_list.insert(new_list.index(current) + 1, song)
    else:
        new_list.append(song)
    return new_list


def up_next(playlist, current, count):
    """Return at most `count` songs that play after `current`."""
    if current in playlist:
        start = playlist.index(current) + 1
    else:
        start = 0
    return playlist[start:start + count]


def without_duplicates(playlist):
    """Return a new playlist keeping only the first copy of each title."""
    unique = []
    for song in playlist:
        if song not in unique:
            unique.append(song)
    return unique


def alphabetical(playlist):
    """Return a new playlist sorted in alphabetical order."""
    return sorted(playlist)
