# Read two whole numbers, one per line, and print their sum.
first = int(input())
second = int(input())
print(first + second)
