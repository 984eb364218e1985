# mistake: divides by the lengths even when an e-mail has none of the words
# expect: return 0.0 when norm(u) * norm(v) is 0


def cosine_similarity(u, v):
    """Return dot(u, v) / (norm(u) * norm(v)), or 0.0 when either vector is all zeros."""
    return dot(u, v) / (norm(u) * norm(v))
