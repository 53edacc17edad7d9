# Times-table worksheet: a grid of products with right-aligned columns.

rows = int(input())
columns = int(input())

# TODO: if rows or columns is less than 1, print "Nothing to print."
# TODO: work out the cell width: the number of digits of rows * columns,
#       plus 1.
# TODO: print the header line, the dashed line, then one line per row
#       (a loop over the rows with a loop over the columns inside).
print("Table not implemented yet")
