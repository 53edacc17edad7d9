# Mistake: only looks at the files directly inside a folder and never calls
# itself on the subfolders, so files in subfolders are left out.
def total_size(item):
    if "size" in item:
        return item["size"]
    total = 0
    for child in item["children"]:
        if "size" in child:
            total += child["size"]
    return total


def depth(item):
    if "size" in item:
        return 0
    deepest = 0
    for child in item["children"]:
        child_depth = depth(child)
        if child_depth > deepest:
            deepest = child_depth
    return 1 + deepest


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
