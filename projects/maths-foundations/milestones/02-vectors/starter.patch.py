def add(u, v):
    """Return the vector u + v, element by element, as a list."""
    ...


def scale(c, v):
    """Return the vector c * v as a list."""
    ...


def dot(u, v):
    """Return the dot product: the sum of the products of matching elements."""
    ...


def norm(v):
    """Return the Euclidean length of v."""
    ...


def distance(u, v):
    """Return the Euclidean distance between u and v."""
    ...


def cosine_similarity(u, v):
    """Return dot(u, v) / (norm(u) * norm(v)), or 0.0 when either vector is all zeros."""
    ...


def most_similar(query, vectors):
    """Return the index of the vector most cosine-similar to query; on a tie, the lowest index."""
    ...
