# Playlist importer: wrap low-level errors in the importer's own exceptions.


class ImportFailed(Exception):
    # TODO: __init__(self, line_number, reason): message "line N: REASON" as the
    #       only item of args, and the attributes line_number and reason.
    pass


class MissingField(ImportFailed):
    pass


class BadDuration(ImportFailed):
    pass


def parse_duration(text):
    # TODO: "3:45" -> 225; raise ValueError for anything that is not M:SS.
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + int(seconds)


def parse_track(line, line_number):
    # TODO: catch IndexError / ValueError and `raise ... from e` the importer's errors.
    title, artist, duration = line.split("|")
    return title.strip(), artist.strip(), parse_duration(duration.strip())


def load_playlist(lines):
    # TODO: skip blank lines and "#" comments; line numbers count every line.
    return [parse_track(line, number) for number, line in enumerate(lines, start=1)]


def explain(error):
    # TODO: add " (caused by TYPE: MESSAGE)" when error.__cause__ is set.
    return str(error)
