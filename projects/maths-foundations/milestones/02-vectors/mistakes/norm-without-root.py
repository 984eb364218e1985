# mistake: returns the squared length dot(v, v) without its square root
# expect: That is the squared length


def norm(v):
    """Return the Euclidean length of v."""
    return dot(v, v)
