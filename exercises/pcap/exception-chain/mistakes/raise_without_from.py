# Mistake: raises the domain errors inside the except branch but without `from e`, so
# __cause__ stays None and explain() cannot say what went wrong underneath.
class ImportFailed(Exception):
    """A playlist line could not be imported."""

    def __init__(self, line_number, reason):
        super().__init__(f"line {line_number}: {reason}")
        self.line_number = line_number
        self.reason = reason


class MissingField(ImportFailed):
    """The line lacks the title, the artist or the duration."""


class BadDuration(ImportFailed):
    """The duration is not a valid M:SS time."""


def parse_duration(text):
    """Turn "M:SS" into seconds; raise ValueError for anything else."""
    parts = text.split(":")
    if len(parts) != 2:
        raise ValueError(f"expected M:SS, got {text!r}")
    minutes = int(parts[0])
    seconds = int(parts[1])
    if minutes < 0:
        raise ValueError("minutes must not be negative")
    if not 0 <= seconds <= 59:
        raise ValueError("seconds must be between 0 and 59")
    return minutes * 60 + seconds


def parse_track(line, line_number):
    """Return (title, artist, seconds) or raise a MissingField / BadDuration."""
    parts = line.split("|")
    try:
        title, artist, duration = parts[0].strip(), parts[1].strip(), parts[2].strip()
    except IndexError as e:
        raise MissingField(line_number, "expected TITLE | ARTIST | M:SS")
    if not title:
        raise MissingField(line_number, "empty title")
    if not artist:
        raise MissingField(line_number, "empty artist")
    try:
        seconds = parse_duration(duration)
    except ValueError as e:
        raise BadDuration(line_number, f"bad duration {duration!r}")
    return title, artist, seconds


def load_playlist(lines):
    """Parse every line except blank ones and # comments; errors propagate."""
    tracks = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        tracks.append(parse_track(line, number))
    return tracks


def explain(error):
    """Describe an exception and, if it has one, its direct cause."""
    text = f"{type(error).__name__}: {error}"
    cause = error.__cause__
    if cause is not None:
        text += f" (caused by {type(cause).__name__}: {cause})"
    return text
