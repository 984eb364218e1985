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


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    vectors, labels = read_emails(DATA_PATH)
    query = vectors[0]
    others = vectors[1:]
    nearest = most_similar(query, others) + 1
    print("E-mail 0 is", labels[0], "; the most similar other e-mail is", nearest, "and it is", labels[nearest])
    similarities = [cosine_similarity(query, v) for v in vectors[1:31]]
    show.bar([f"{i} ({labels[i]})" for i in range(1, 31)], similarities,
             title="Cosine similarity of e-mail 0 to e-mails 1-30", y_label="cosine similarity")
