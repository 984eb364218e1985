def shape(A):
    """Return (number of rows, number of columns) as a tuple."""
    ...


def transpose(A):
    """Return the transpose: row i of the result is column i of A (a list of lists)."""
    ...


def mat_vec(A, x):
    """Return the vector A x: the dot product of each row of A with x."""
    ...


def mat_mul(A, B):
    """Return the matrix product A B (a list of lists)."""
    ...


def identity(n):
    """Return the n-by-n identity matrix."""
    ...


def solve(A, b):
    """Solve A x = b by Gaussian elimination with partial pivoting; leave A and b unchanged."""
    ...
