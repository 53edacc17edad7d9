# Turn the teacher's grade sheet (CSV) into a JSON report.
import csv
import json
import os


def mean(numbers):
    """Return the average of a list of numbers rounded to 1 decimal, or None."""
    if not numbers:
        return None
    return round(sum(numbers) / len(numbers), 1)


path = input().strip()
students = []
all_scores = []
best_name = None
best_average = None

with open(path, encoding="utf-8", newline="") as sheet:
    rows = csv.reader(sheet)
    next(rows)  # the header: name and the titles of the score columns
    for row in rows:
        if not row:  # a blank line
            continue
        name = row[0]
        scores = [float(cell) for cell in row[1:] if cell != ""]
        all_scores += scores
        average = mean(scores)
        students.append({"name": name, "scores": len(scores), "average": average})
        if scores:
            exact = sum(scores) / len(scores)
            if best_average is None or exact > best_average:
                best_name = name
                best_average = exact

report = {
    "students": students,
    "class_average": mean(all_scores),
    "best": best_name,
}

os.makedirs("/tmp/out", exist_ok=True)
with open("/tmp/out/report.json", "w", encoding="utf-8") as output:
    json.dump(report, output, ensure_ascii=False, indent=2)
print(f"report written for {len(students)} students")
