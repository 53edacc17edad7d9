# Mistake: never commits. The report at the end reads the open transaction
# and looks right, but closing the connection throws every change away.
"""Book enrolment requests into the college database, one transaction each."""
import sqlite3
import sys

DATABASE = "/tmp/college.db"


class Refused(Exception):
    """A request that breaks a rule; its message is the reason."""


def student_id(con, email):
    """The id of the student with this e-mail, or Refused."""
    row = con.execute("SELECT id FROM students WHERE email = ?",
                      (email,)).fetchone()
    if row is None:
        raise Refused("unknown student")
    return row[0]


def add_student(con, email, name):
    """STUDENT: a new student; the UNIQUE e-mail is SQLite's job."""
    try:
        con.execute("INSERT INTO students (name, email) VALUES (?, ?)",
                    (name, email))
    except sqlite3.IntegrityError as error:
        raise Refused("email already registered") from error


def enrol(con, email, codes):
    """ENROL: every course or none."""
    student = student_id(con, email)
    for code in codes:
        row = con.execute(
            "SELECT c.capacity, COUNT(e.student_id) FROM courses AS c "
            "LEFT JOIN enrolments AS e ON e.course_code = c.code "
            "WHERE c.code = ? GROUP BY c.code", (code,)).fetchone()
        if row is None:
            raise Refused(f"unknown course {code}")
        if row[1] >= row[0]:
            raise Refused(f"{code} is full")
    try:
        con.executemany(
            "INSERT INTO enrolments (student_id, course_code) VALUES (?, ?)",
            [(student, code) for code in codes])
    except sqlite3.IntegrityError as error:
        raise Refused("already enrolled") from error


def drop(con, email, code):
    """DROP: leave a course."""
    student = student_id(con, email)
    cursor = con.execute(
        "DELETE FROM enrolments WHERE student_id = ? AND course_code = ?",
        (student, code))
    if cursor.rowcount == 0:
        raise Refused(f"not enrolled in {code}")


def set_capacity(con, code, capacity):
    """CAPACITY: change a course's number of places."""
    row = con.execute("SELECT COUNT(*) FROM enrolments WHERE course_code = ?",
                      (code,)).fetchone()
    try:
        cursor = con.execute("UPDATE courses SET capacity = ? WHERE code = ?",
                             (capacity, code))
    except sqlite3.IntegrityError as error:
        raise Refused("capacity must be positive") from error
    if cursor.rowcount == 0:
        raise Refused(f"unknown course {code}")
    if capacity < row[0]:
        raise Refused(f"{code} has {row[0]} students")


def apply(con, line):
    """Run one request line."""
    words = line.split()
    command, args = words[0], words[1:]
    if command == "STUDENT":
        add_student(con, args[0], " ".join(args[1:]))
    elif command == "ENROL":
        enrol(con, args[0], args[1:])
    elif command == "DROP":
        drop(con, args[0], args[1])
    elif command == "CAPACITY":
        set_capacity(con, args[0], int(args[1]))
    else:
        raise Refused(f"unknown command {command}")


def main():
    """Book every request, then print the courses."""
    con = sqlite3.connect(DATABASE)
    number = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        number += 1
        try:
            apply(con, line)
        except Refused as refusal:
            print(f"line {number}: rejected: {refusal}")
        else:
            print(f"line {number}: ok")
    rows = con.execute(
        "SELECT c.code, COUNT(e.student_id), c.capacity, c.title "
        "FROM courses AS c LEFT JOIN enrolments AS e ON e.course_code = c.code "
        "GROUP BY c.code ORDER BY c.code").fetchall()
    for code, enrolled, capacity, title in rows:
        print(f"{code} {enrolled}/{capacity} {title}")
    con.close()


if __name__ == "__main__":
    main()
