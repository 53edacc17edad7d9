# Mistake: takes max() of the children's depths, which raises ValueError for
# an empty folder (max() of an empty list), instead of giving depth 1.
def total_size(item):
    if "size" in item:
        return item["size"]
    total = 0
    for child in item["children"]:
        total += total_size(child)
    return total


def depth(item):
    if "size" in item:
        return 0
    return 1 + max([depth(child) for child in item["children"]])


def all_files(item):
    if "size" in item:
        return [(item["name"], item["size"])]
    files = []
    for child in item["children"]:
        files += all_files(child)
    return files


def largest_file(item):
    best_name = None
    best_size = -1
    for name, size in all_files(item):
        if size > best_size:
            best_name = name
            best_size = size
    return best_name
