# Mistake: builds identity() with [[0] * n] * n, which repeats the SAME row
# list n times. Setting m[i][i] = 1 changes that one shared row, so every row
# ends up full of 1s.
def transpose(matrix):
    """Return a new matrix whose rows are the columns of matrix."""
    if not matrix:
        return []
    return [[row[col] for row in matrix] for col in range(len(matrix[0]))]


def flatten(matrix):
    """Return one list with all the values of matrix, row by row."""
    return [value for row in matrix for value in row]


def identity(n):
    """Return the n x n identity matrix: 1 on the diagonal, 0 elsewhere."""
    result = [[0] * n] * n
    for i in range(n):
        result[i][i] = 1
    return result


def rows_at_least(matrix, minimum):
    """Return copies of the rows whose sum is at least minimum, in order."""
    return [list(row) for row in matrix if sum(row) >= minimum]
