# mistake: multiplies matching entries instead of rows by columns
# expect: That multiplies matching entries


def mat_mul(A, B):
    """Return the matrix product A B (a list of lists)."""
    return [[a * b for a, b in zip(row_a, row_b)] for row_a, row_b in zip(A, B)]
