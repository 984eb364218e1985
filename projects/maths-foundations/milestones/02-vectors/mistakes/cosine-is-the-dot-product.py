# mistake: forgets to divide the dot product by the two lengths
# expect: That is the dot product itself


def cosine_similarity(u, v):
    """Return dot(u, v) / (norm(u) * norm(v)), or 0.0 when either vector is all zeros."""
    return dot(u, v)
