def transpose(matrix):
    """Return a new matrix whose rows are the columns of matrix."""
    # TODO: one nested list comprehension: for every column index,
    #       build the list of that column's values, row by row.
    return matrix


def flatten(matrix):
    """Return one list with all the values of matrix, row by row."""
    # TODO: a comprehension with two `for` clauses.
    return []


def identity(n):
    """Return the n x n identity matrix: 1 on the diagonal, 0 elsewhere."""
    # TODO: a nested comprehension with a conditional expression
    #       (1 if ... else 0).
    return []


def rows_at_least(matrix, minimum):
    """Return copies of the rows whose sum is at least minimum, in order."""
    # TODO: a comprehension with an `if` clause.
    return matrix
