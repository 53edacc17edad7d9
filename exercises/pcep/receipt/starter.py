# Corner-shop till: read the basket, print an aligned receipt.

line = input()
# TODO: repeat until the line is empty:
#   - split the line at the commas into name, quantity and unit price
#   - convert quantity with int() and the price with float()
#   - remember the item (a list is handy) and read the next line

# TODO: if there were no items, print "No items." and nothing else.

# TODO: otherwise print one aligned line per item, then a line of 38
#       dashes, the TOTAL line and the "Items: " line.
print("Receipt not implemented yet")
