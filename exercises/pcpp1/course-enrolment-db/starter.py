"""Book enrolment requests into the college database, one transaction each."""
import sqlite3
import sys

DATABASE = "/tmp/college.db"


def main():
    """Book every request, then print the courses."""
    con = sqlite3.connect(DATABASE)
    number = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        number += 1
        # TODO: run the request of README.md in its own transaction, and
        #       print "line <n>: ok" or "line <n>: rejected: <reason>".
        print(f"line {number}: ok")
    # TODO: the course report, one line per course ordered by code
    con.close()


if __name__ == "__main__":
    main()
