# Concert ticket printer: a framed title, the date, the seat and a
# progress line while the copies are printed.

artist = input()
day, month, year = input().split()  # e.g. "14 07 2025" -> "14", "07", "2025"
row, seat = input().split()         # e.g. "C 12" -> "C", "12"
copies = int(input())

# TODO: a line of "=" as long as the title line, the title
#       "*** ARTIST ***", and the same line of "=" again.
# TODO: "Date: 14/7/2025" and "Seat: C-12": print() can put a separator
#       of your choice between its arguments (sep=...), and numbers
#       lose their leading zeros when you convert them with int().
# TODO: "Printing: copy 1... copy 2... done!" on ONE line: print() can
#       end with something other than a new line (end=...).
print("Ticket printer not ready yet")
