# Attack: none: a plain wrong answer, checked after the hostile Runs
# It must fail in a clean worker; after a Run that left something behind it must fail too.
import csv
import math

DATA_PATH = "data/spam-words.csv"
WORDS = ["free", "money", "your", "remove", "business", "hp", "george", "meeting"]


def read_emails(path):
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [[float(record[word]) for word in WORDS] for record in records], [record["type"] for record in records]


def add(u, v):
    return [a + b for a, b in zip(u, v)]


def scale(c, v):
    return [c * a for a in v]


def dot(u, v):
    return sum(a * b for a, b in zip(u, v))


def norm(v):
    return dot(v, v)  # wrong: the squared length


def distance(u, v):
    return norm(add(u, scale(-1, v)))


def cosine_similarity(u, v):
    return dot(u, v)  # wrong: not divided by the lengths


def most_similar(query, vectors):
    return max(range(len(vectors)), key=lambda i: cosine_similarity(query, vectors[i]))
