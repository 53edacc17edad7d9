# Mistake: prints the day, month and seat as typed, so "05 07 2026" shows
# as 05/07/2026 instead of 5/7/2026.
artist = input()
day, month, year = input().split()
row, seat = input().split()
copies = int(input())

border = "=" * (len(artist) + 8)
print(border)
print("***", artist, "***")
print(border)
print("Date: ", end="")
print(day, month, year, sep="/")
print("Seat: ", end="")
print(row, seat, sep="-")

print("Printing:", end=" ")
for number in range(1, copies + 1):
    print("copy", number, end="... ")
print("done!")
