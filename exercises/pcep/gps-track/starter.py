def total_ascent(track):
    """Return the metres climbed: the sum of all rises between neighbours."""
    # TODO: compare each point's elevation (index 2) with the previous one's
    #       and add only the rises.
    return None


def highest_point(track):
    """Return the first point with the greatest elevation, or None."""
    # TODO: return the whole (lat, lon, elevation) tuple.
    return None


def bounding_box(track):
    """Return ((south, west), (north, east)) around the track, or None."""
    # TODO: smallest and largest latitude and longitude, as nested tuples.
    return None


def calibrate(track, offset):
    """Return a new track with `offset` metres added to every elevation."""
    # TODO: tuples cannot be changed: build a new tuple for every point.
    return None
