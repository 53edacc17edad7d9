# Mistake: trusts Counter.most_common(), which lists genres with the same
# count in the order they were first seen instead of alphabetically.
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
        answer = row[1].strip().lower()
        if answer:
            genres[answer] += 1
        else:
            blank += 1

answers = sum(genres.values())
print(f"answers: {answers}")
print(f"blank: {blank}")
print(f"different genres: {len(genres)}")

ranking = genres.most_common()
for genre, count in ranking[:top]:
    print(f"{genre} {count} {count / answers * 100:.1f} %")
