# Count the library survey's favourite genres and print the top ones.
import csv
from collections import Counter

path = input().strip()
top = int(input())

# TODO: read the file with csv.reader (encoding="utf-8", newline=""), skip
#       the header, and clean each answer with .strip().lower().
# TODO: count the genres with a Counter and the blank cards on their own.
genres = Counter()
blank = 0

print(f"answers: {sum(genres.values())}")
print(f"blank: {blank}")
print(f"different genres: {len(genres)}")
# TODO: print the top N genres, most popular first, ties alphabetical,
#       each with its count and its share in percent (1 decimal).
