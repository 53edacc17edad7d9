# Mistake: counts the answers exactly as typed, so "Fantasy", "fantasy " and
# "FANTASY" become three different genres.
import csv
from collections import Counter

path = input().strip()
top = int(input())

genres = Counter()
blank = 0
with open(path, encoding="utf-8", newline="") as survey:
    reader = csv.reader(survey)
    next(reader)  # header: respondent,favourite_genre
    for row in reader:
        if not row:
            continue
        answer = row[1]
        if answer.strip():
            genres[answer] += 1
        else:
            blank += 1

answers = sum(genres.values())
print(f"answers: {answers}")
print(f"blank: {blank}")
print(f"different genres: {len(genres)}")

ranking = sorted(genres.items(), key=lambda item: (-item[1], item[0]))
for genre, count in ranking[:top]:
    print(f"{genre} {count} {count / answers * 100:.1f} %")
