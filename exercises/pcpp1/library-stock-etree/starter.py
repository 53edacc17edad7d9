"""Apply the day's loans and returns to a branch catalogue in XML."""
import os
import sys
import xml.etree.ElementTree as ET


def main():
    """Read the catalogue path and the requests; write the new catalogue."""
    path = sys.stdin.readline().strip()
    tree = ET.parse(path)
    root = tree.getroot()
    for number, line in enumerate(sys.stdin, 1):
        if line.strip():
            pass  # TODO: apply the request (README.md), print its problem
    # TODO: the two summary lines
    ET.indent(tree, space="  ")
    os.makedirs("/tmp/out", exist_ok=True)
    # TODO: write the tree to /tmp/out/catalogue.xml


if __name__ == "__main__":
    main()
