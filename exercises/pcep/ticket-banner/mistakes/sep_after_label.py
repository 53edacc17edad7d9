# Mistake: puts the label in the same print() as the numbers, so sep="/"
# also goes between "Date:" and the day: "Date:/14/7/2025".
artist = input()
day, month, year = input().split()
row, seat = input().split()
copies = int(input())

border = "=" * (len(artist) + 8)
print(border)
print("***", artist, "***")
print(border)
print("Date:", int(day), int(month), int(year), sep="/")
print("Seat:", row, int(seat), sep="-")

print("Printing:", end=" ")
for number in range(1, copies + 1):
    print("copy", number, end="... ")
print("done!")
