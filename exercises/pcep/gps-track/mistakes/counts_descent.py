# Mistake: adds every change of elevation, so the descents are counted as climbing too.
def total_ascent(track):
    """Return the metres climbed: the sum of all rises between neighbours."""
    ascent = 0
    for i in range(1, len(track)):
        climb = track[i][2] - track[i - 1][2]
        ascent += abs(climb)
    return ascent


def highest_point(track):
    """Return the first point with the greatest elevation, or None."""
    if not track:
        return None
    best = track[0]
    for point in track:
        if point[2] > best[2]:
            best = point
    return best


def bounding_box(track):
    """Return ((south, west), (north, east)) around the track, or None."""
    if not track:
        return None
    lats = [lat for lat, lon, elevation in track]
    lons = [lon for lat, lon, elevation in track]
    return ((min(lats), min(lons)), (max(lats), max(lons)))


def calibrate(track, offset):
    """Return a new track with `offset` metres added to every elevation."""
    # Tuples cannot be changed, so every point is rebuilt as a new tuple.
    return [(lat, lon, elevation + offset) for lat, lon, elevation in track]
