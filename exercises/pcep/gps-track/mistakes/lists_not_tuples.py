# Mistake: turns each point into a list to change it, so calibrate returns lists instead of (lat, lon, elevation) tuples.
def total_ascent(track):
    """Return the metres climbed: the sum of all rises between neighbours."""
    ascent = 0
    for i in range(1, len(track)):
        climb = track[i][2] - track[i - 1][2]
        if climb > 0:
            ascent += climb
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
    new_track = []
    for point in track:
        new_point = list(point)
        new_point[2] += offset
        new_track.append(new_point)
    return new_track
