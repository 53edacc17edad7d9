# Mistake: takes the first n members of each list instead of every k-th one: a
# convenience sample made only of the oldest members.
"""Draw a fair survey sample from the library's member list."""
import csv

CONSENT = {"yes", "y", "true", "1"}


def load_frame(path):
    """Return the sampling frame: (member_id, branch) of every reachable, consenting member."""
    frame = []
    emails = set()
    with open(path, encoding="utf-8", newline="") as members:
        for row in csv.DictReader(members):
            cells = {key: (value or "").strip() for key, value in row.items()}
            email = cells["email"].lower()
            if cells["consent"].lower() not in CONSENT or not email or email in emails:
                continue
            emails.add(email)
            branch = " ".join(cells["branch"].split()).title() or "Unknown"
            frame.append((cells["member_id"], branch))
    return frame


def allocate(sizes, n):
    """Share n seats among the strata in proportion to their sizes (largest remainder)."""
    total = sum(sizes.values())
    if total == 0:
        return {name: 0 for name in sizes}
    seats = {name: n * size // total for name, size in sizes.items()}
    left = n - sum(seats.values())
    by_remainder = sorted(sizes, key=lambda name: (-(n * sizes[name] % total), name))
    for name in by_remainder[:left]:
        seats[name] += 1
    return seats


def systematic_sample(items, n):
    """Return n items spread evenly over the list: every k-th, from the first."""
    if n <= 0:
        return []
    if n >= len(items):
        return list(items)
    return items[:n]


def stratified_sample(frame, n):
    """Return {branch: sampled member ids}, the seats allocated in proportion."""
    n = min(n, len(frame))
    strata = {}
    for member_id, branch in frame:
        strata.setdefault(branch, []).append(member_id)
    seats = allocate({branch: len(ids) for branch, ids in strata.items()}, n)
    return {branch: systematic_sample(strata[branch], seats[branch])
            for branch in sorted(strata)}
