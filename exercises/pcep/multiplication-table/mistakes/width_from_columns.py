# Mistake: takes the width from the number of columns instead of the biggest product, so wide products push the columns out of line.
rows = int(input())
columns = int(input())

if rows < 1 or columns < 1:
    print("Nothing to print.")
else:
    width = len(str(columns)) + 1
    print(f"{'x':>{width}} |", end="")
    for column in range(1, columns + 1):
        print(f"{column:>{width}}", end="")
    print()
    print("-" * (width + 1) + "+" + "-" * (width * columns))
    for row in range(1, rows + 1):
        print(f"{row:>{width}} |", end="")
        for column in range(1, columns + 1):
            print(f"{row * column:>{width}}", end="")
        print()
