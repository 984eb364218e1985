# The math module's hypot and fsum, and max() over (similarity, -index) pairs for the tie rule.
import csv
import math

WORDS = ["free", "money", "your", "remove", "business", "hp", "george", "meeting"]


def read_emails(path):
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [[float(record[word]) for word in WORDS] for record in records], [record["type"] for record in records]


def add(u, v):
    return list(map(lambda pair: pair[0] + pair[1], zip(u, v)))


def scale(c, v):
    return list(map(lambda a: c * a, v))


def dot(u, v):
    return math.fsum(a * b for a, b in zip(u, v))


def norm(v):
    return math.hypot(*v)


def distance(u, v):
    return math.dist(u, v)


def cosine_similarity(u, v):
    if not any(u) or not any(v):
        return 0.0
    return dot(u, v) / (norm(u) * norm(v))


def most_similar(query, vectors):
    similarity, negative_index = max((cosine_similarity(query, v), -i) for i, v in enumerate(vectors))
    return -negative_index
