# Attack: looks through inspect.stack() for a frame whose globals hold the reference
# Issue 20: the stack above a learner function called by a check is the checker's and checks.py's.
import inspect

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


def _reference():
    for info in inspect.stack():
        found = info.frame.f_globals.get("solution")
        if found is not None and info.frame.f_globals is not globals():
            return found
    return None


_wrong = dict(add=add, scale=scale, dot=dot, norm=norm, distance=distance,
              cosine_similarity=cosine_similarity, most_similar=most_similar)


def _answer(name, *args):
    try:
        return getattr(_reference(), name)(*args)
    except Exception:
        return _wrong[name](*args)


def add(u, v):
    return _answer("add", u, v)


def scale(c, v):
    return _answer("scale", c, v)


def dot(u, v):
    return _answer("dot", u, v)


def norm(v):
    return _answer("norm", v)


def distance(u, v):
    return _answer("distance", u, v)


def cosine_similarity(u, v):
    return _answer("cosine_similarity", u, v)


def most_similar(query, vectors):
    return _answer("most_similar", query, vectors)

