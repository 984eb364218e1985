# mistake: builds the identity from one row list repeated n times
# expect: repeats the same row list n times


def identity(n):
    """Return the n-by-n identity matrix."""
    rows = [[0] * n] * n
    for i in range(n):
        rows[i][i] = 1
    return rows
