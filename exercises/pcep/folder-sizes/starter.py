# A file looks like   {"name": "beach.jpg", "size": 2400}
# A folder looks like {"name": "videos", "children": [ ...files and folders... ]}


def total_size(item):
    """Return the size in KB of a file, or of everything inside a folder."""
    # TODO: a file is simply its own size.
    # TODO: a folder is the sum of total_size() of each of its children.
    return None


def depth(item):
    """Return 0 for a file, 1 + the deepest child for a folder."""
    # TODO: call depth() on every child and keep the biggest result.
    return None


def largest_file(item):
    """Return the name of the largest file, or None when there is none."""
    # TODO: look at every file at any level; the first one wins a tie.
    return None
