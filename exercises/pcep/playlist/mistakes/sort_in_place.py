# Mistake: alphabetical uses playlist.sort(), which sorts the caller's own list instead of returning a sorted copy.
def play_next(playlist, current, song):
    new_list = playlist[:]
    if song in new_list:
        del new_list[new_list.index(song)]
    if current in new_list:
        new_list.insert(new_list.index(current) + 1, song)
    else:
        new_list.append(song)
    return new_list


def up_next(playlist, current, count):
    if current in playlist:
        start = playlist.index(current) + 1
    else:
        start = 0
    return playlist[start:start + count]


def without_duplicates(playlist):
    unique = []
    for song in playlist:
        if song not in unique:
            unique.append(song)
    return unique


def alphabetical(playlist):
    playlist.sort()
    return playlist
