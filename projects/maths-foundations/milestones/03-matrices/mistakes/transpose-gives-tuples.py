# mistake: returns zip(*A) as a list of tuples
# expect: zip(*A) gives tuples


def transpose(A):
    """Return the transpose: row i of the result is column i of A (a list of lists)."""
    return list(zip(*A))
