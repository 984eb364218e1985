# mistake: picks the vector at the smallest distance instead of the smallest angle
# expect: compare cosine_similarity(query, vector)


def most_similar(query, vectors):
    """Return the index of the vector most cosine-similar to query; on a tie, the lowest index."""
    return min(range(len(vectors)), key=lambda index: distance(query, vectors[index]))
