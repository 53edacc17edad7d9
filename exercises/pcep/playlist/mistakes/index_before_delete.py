# Mistake: finds the position of `current` before removing `song`; when the moved song was earlier in the list, everything shifts left and it lands one place too late.
def play_next(playlist, current, song):
    new_list = playlist[:]
    if current in new_list:
        position = new_list.index(current) + 1
    else:
        position = len(new_list)
    if song in new_list:
        del new_list[new_list.index(song)]
    new_list.insert(position, song)
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
    return sorted(playlist)
