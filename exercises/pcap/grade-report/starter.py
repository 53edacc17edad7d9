# Turn the teacher's grade sheet (CSV) into a JSON report.
import csv
import json
import os

path = input().strip()

# TODO: open the sheet (encoding="utf-8", newline="") and read it with
#       csv.reader; skip the header row and blank rows.
# TODO: for each student, keep the non-empty cells as floats and compute the
#       average rounded to 1 decimal (None when there is no mark).
# TODO: compute the class average of all marks and find the best student.
students = []
report = {"students": students, "class_average": None, "best": None}

# TODO: create /tmp/out and write the report with json.dump() to
#       /tmp/out/report.json (mode "w", encoding="utf-8").
print(f"report written for {len(students)} students")
