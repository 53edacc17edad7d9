# Concert ticket printer: a framed title, the date, the seat and a
# progress line while the copies are printed.

artist = input()
day, month, year = input().split()
row, seat = input().split()
copies = int(input())

border = "=" * (len(artist) + 8)
print(border)
print("***", artist, "***")
print(border)

# int() drops leading zeros: "07" -> 7
print("Date: ", end="")
print(int(day), int(month), int(year), sep="/")
print("Seat: ", end="")
print(row, int(seat), sep="-")

print("Printing:", end=" ")
for number in range(1, copies + 1):
    print("copy", number, end="... ")
print("done!")
