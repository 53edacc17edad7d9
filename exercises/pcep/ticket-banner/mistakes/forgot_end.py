# Mistake: prints each copy with a normal print(), so the progress is spread
# over several lines instead of staying on one.
artist = input()
day, month, year = input().split()
row, seat = input().split()
copies = int(input())

border = "=" * (len(artist) + 8)
print(border)
print("***", artist, "***")
print(border)
print("Date: ", end="")
print(int(day), int(month), int(year), sep="/")
print("Seat: ", end="")
print(row, int(seat), sep="-")

print("Printing:")
for number in range(1, copies + 1):
    print("copy", number, "...")
print("done!")
