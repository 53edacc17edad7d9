def total_size(item):
    """Return the size in KB of a file, or of everything inside a folder."""
    if "size" in item:
        return item["size"]
    total = 0
    for child in item["children"]:
        total += total_size(child)
    return total


def depth(item):
    """Return 0 for a file, 1 + the deepest child for a folder."""
    if "size" in item:
        return 0
    deepest = 0
    for child in item["children"]:
        child_depth = depth(child)
        if child_depth > deepest:
            deepest = child_depth
    return 1 + deepest


def all_files(item):
    """Return a list of (name, size) pairs, in listing order."""
    if "size" in item:
        return [(item["name"], item["size"])]
    files = []
    for child in item["children"]:
        files += all_files(child)
    return files


def largest_file(item):
    """Return the name of the largest file, or None when there is none."""
    best_name = None
    best_size = -1
    for name, size in all_files(item):
        if size > best_size:  # strict: the first one wins a tie
            best_name = name
            best_size = size
    return best_name
