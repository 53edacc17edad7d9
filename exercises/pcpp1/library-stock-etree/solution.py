"""Apply the day's loans and returns to a branch catalogue in XML."""
import os
import sys
import xml.etree.ElementTree as ET


def find_book(root, isbn):
    """The <book> element with this ISBN, or None."""
    return root.find(f"book[@isbn='{isbn}']")


def counts(book):
    """(total, available) of a book, as ints."""
    copies = book.find("copies")
    return int(copies.get("total")), int(copies.get("available"))


def set_counts(book, total, available):
    """Write the counts back (attribute values are always strings)."""
    copies = book.find("copies")
    copies.set("total", str(total))
    copies.set("available", str(available))


def apply(root, line):
    """Apply one request; return a problem message, or None."""
    command, isbn, *rest = line.split(maxsplit=3 if line.startswith("ADD") else 1)
    book = find_book(root, isbn)
    if command == "ADD":
        number = int(rest[0])
        if book is None:
            title, _, author = rest[1].partition(" | ")
            book = ET.SubElement(root, "book", isbn=isbn)
            ET.SubElement(book, "title").text = title
            ET.SubElement(book, "author").text = author
            ET.SubElement(book, "copies", total="0", available="0")
        total, available = counts(book)
        set_counts(book, total + number, available + number)
        return None
    if book is None:
        return f"unknown book {isbn}"
    total, available = counts(book)
    if command == "LOAN":
        if available == 0:
            return f"no copy of {isbn} available"
        set_counts(book, total, available - 1)
    elif command == "RETURN":
        if available == total:
            return f"all copies of {isbn} are in"
        set_counts(book, total, available + 1)
    elif command == "WITHDRAW":
        if available < total:
            return f"{isbn} still has copies on loan"
        root.remove(book)
    return None


def main():
    """Read the catalogue path and the requests; write the new catalogue."""
    path = sys.stdin.readline().strip()
    tree = ET.parse(path)
    root = tree.getroot()
    for number, line in enumerate(sys.stdin, 1):
        if line.strip():
            problem = apply(root, line.strip())
            if problem:
                print(f"line {number}: {problem}")
    books = root.findall("book")
    available = sum(counts(book)[1] for book in books)
    print(f"{root.get('branch')}: titles {len(books)}, "
          f"available copies {available}")
    waiting = [book.findtext("title") for book in books if counts(book)[1] == 0]
    print("none available: " + (", ".join(waiting) if waiting else "-"))
    ET.indent(tree, space="  ")
    os.makedirs("/tmp/out", exist_ok=True)
    tree.write("/tmp/out/catalogue.xml", encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
