# Read two whole numbers, one per line, and print their sum.
first = input()
# TODO: read the second number too.
# TODO: convert both with int() and print their sum.
print("Sum not implemented yet")
