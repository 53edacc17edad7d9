"""Check a book catalog against catalog.dtd, by hand, with ElementTree."""
import sys
import xml.etree.ElementTree as ET


def main():
    """Read the path of a catalog, print its problems and the verdict."""
    path = sys.stdin.readline().strip()
    root = ET.parse(path).getroot()
    # TODO: check root and every element below it against the DTD of
    #       README.md, print one line per problem, then the verdict.
    print("valid")


if __name__ == "__main__":
    main()
