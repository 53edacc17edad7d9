"""Pick the version pip would install for each line of a requirements file."""
import json
import sys

INDEX = "/data/index.json"


def main():
    with open(INDEX, encoding="utf-8") as handle:
        index = json.load(handle)
    # TODO: for each requirement line of stdin, print NAME==VERSION (the
    # highest version matching every specifier) or the error line, then
    # the summary line (see the README).
    for line in sys.stdin:
        print(line.strip())


if __name__ == "__main__":
    main()
