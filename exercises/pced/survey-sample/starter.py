"""Draw a fair survey sample from the library's member list."""
import csv

CONSENT = {"yes", "y", "true", "1"}


def load_frame(path):
    """Return the sampling frame: (member_id, branch) of every reachable, consenting member."""
    # TODO: keep consenting members with an e-mail, once per e-mail.
    return []


def allocate(sizes, n):
    """Share n seats among the strata in proportion to their sizes (largest remainder)."""
    # TODO: n * size // total seats each, then the free seats by remainder.
    return {name: 0 for name in sizes}


def systematic_sample(items, n):
    """Return n items spread evenly over the list: every k-th, from the first."""
    # TODO: step = len(items) // n, then every step-th item.
    return []


def stratified_sample(frame, n):
    """Return {branch: sampled member ids}, the seats allocated in proportion."""
    # TODO: group by branch, allocate, sample each branch systematically.
    return {}
