import csv
import math

from buildpath import show

DATA_PATH = "data/spam-words.csv"
WORDS = ["free", "money", "your", "remove", "business", "hp", "george", "meeting"]


def read_emails(path):
    """Given: each e-mail's word frequencies as a list of floats (in WORDS order), and its label."""
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [[float(record[word]) for word in WORDS] for record in records], [record["type"] for record in records]


def add(u, v):
    """Return the vector u + v, element by element, as a list."""
    return [a + b for a, b in zip(u, v)]


def scale(c, v):
    """Return the vector c * v as a list."""
    return [c * a for a in v]


def dot(u, v):
    """Return the dot product: the sum of the products of matching elements."""
    return sum(a * b for a, b in zip(u, v))


def norm(v):
    """Return the Euclidean length of v."""
    return math.sqrt(dot(v, v))


def distance(u, v):
    """Return the Euclidean distance between u and v."""
    return norm(add(u, scale(-1, v)))


def cosine_similarity(u, v):
    """Return dot(u, v) / (norm(u) * norm(v)), or 0.0 when either vector is all zeros."""
    lengths = norm(u) * norm(v)
    if lengths == 0:
        return 0.0
    return dot(u, v) / lengths


def most_similar(query, vectors):
    """Return the index of the vector most cosine-similar to query; on a tie, the lowest index."""
    best = 0
    for index in range(1, len(vectors)):
        if cosine_similarity(query, vectors[index]) > cosine_similarity(query, vectors[best]):
            best = index
    return best


if __name__ == "__main__":
    vectors, labels = read_emails(DATA_PATH)
    query = vectors[0]
    others = vectors[1:]
    nearest = most_similar(query, others) + 1
    print("E-mail 0 is", labels[0], "; the most similar other e-mail is", nearest, "and it is", labels[nearest])
    similarities = [cosine_similarity(query, v) for v in vectors[1:31]]
    show.bar([f"{i} ({labels[i]})" for i in range(1, 31)], similarities,
             title="Cosine similarity of e-mail 0 to e-mails 1-30", y_label="cosine similarity")
