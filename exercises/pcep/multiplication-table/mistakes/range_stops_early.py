# Mistake: range(1, rows) and range(1, columns) stop one too early, so the last row and the last column are missing.
rows = int(input())
columns = int(input())

if rows < 1 or columns < 1:
    print("Nothing to print.")
else:
    width = len(str(rows * columns)) + 1
    print(f"{'x':>{width}} |", end="")
    for column in range(1, columns):
        print(f"{column:>{width}}", end="")
    print()
    print("-" * (width + 1) + "+" + "-" * (width * columns))
    for row in range(1, rows):
        print(f"{row:>{width}} |", end="")
        for column in range(1, columns):
            print(f"{row * column:>{width}}", end="")
        print()
