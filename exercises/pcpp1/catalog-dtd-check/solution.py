"""Check a book catalog against catalog.dtd, by hand, with ElementTree."""
import re
import sys
import xml.etree.ElementTree as ET

# The DTD, as data: content models as regular expressions over the child tags
# (each tag followed by a space), and the attributes of each element.
CONTENT = {
    "catalog": ("(book*)", r"(book )*"),
    "book": ("(title, author+, year?, price)", r"title (author )+(year )?price "),
}
TEXT_ONLY = {"title", "author", "year", "price"}
# element -> [(attribute, "ID" | "CDATA" | (allowed values), required)]
ATTRIBUTES = {
    "catalog": [("updated", "CDATA", True)],
    "book": [("id", "ID", True), ("lang", ("en", "fr", "de"), False)],
    "price": [("currency", ("EUR", "USD", "GBP"), True)],
}
XML_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")


def check_attributes(element, path, seen_ids):
    """The problems of an element's attributes."""
    problems = []
    declared = ATTRIBUTES.get(element.tag, [])
    names = {name for name, _, _ in declared}
    for name, kind, required in declared:
        value = element.get(name)
        if value is None:
            if required:
                problems.append(f"{path}: missing attribute {name}")
            continue
        if kind == "ID":
            if not XML_NAME.match(value):
                problems.append(f'{path}: id "{value}" is not a valid XML name')
            elif value in seen_ids:
                problems.append(f'{path}: id "{value}" is already used')
            seen_ids.add(value)
        elif isinstance(kind, tuple) and value not in kind:
            problems.append(f'{path}: {name} must be one of '
                            f'{", ".join(kind)}, not "{value}"')
    for name in element.attrib:
        if name not in names:
            problems.append(f"{path}: unexpected attribute {name}")
    return problems


def check(element, path, seen_ids):
    """The problems of an element and everything under it, in document order."""
    problems = check_attributes(element, path, seen_ids)
    if element.tag in TEXT_ONLY:
        if len(element):
            problems.append(f"{path}: must contain text only, "
                            f"found element {element[0].tag}")
        return problems
    shown, pattern = CONTENT[element.tag]
    tags = [child.tag for child in element]
    if not re.fullmatch(pattern, "".join(tag + " " for tag in tags)):
        problems.append(f"{path}: children ({', '.join(tags)}) "
                        f"do not match {shown}")
    counts = {}
    for child in element:
        counts[child.tag] = counts.get(child.tag, 0) + 1
        if child.tag in CONTENT or child.tag in TEXT_ONLY:
            index = counts[child.tag]
            problems += check(child, f"{path}/{child.tag}[{index}]", seen_ids)
    return problems


def main():
    """Read the path of a catalog, print its problems and the verdict."""
    path = sys.stdin.readline().strip()
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line, column = error.position
        print(f"not well-formed: line {line}, column {column}")
        return
    if root.tag != "catalog":
        print(f"/{root.tag}: the root element must be catalog")
        problems = 1
    else:
        found = check(root, "/catalog", set())
        for problem in found:
            print(problem)
        problems = len(found)
    if problems == 0:
        print("valid")
    else:
        print(f"invalid: {problems} problem{'s' if problems > 1 else ''}")


if __name__ == "__main__":
    main()
