# Attack: searches gc.get_objects() for the reference solution
# Issue 20: the garbage collector lists every tracked object in the interpreter, including the
# reference's module and the namespace of checks.py, if they live there.
import gc

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
    for thing in gc.get_objects():
        try:
            # A module's namespace (it has __builtins__) other than this one.
            if isinstance(thing, dict) and thing is not globals() and "__builtins__" in thing \
                    and callable(thing.get("cosine_similarity")) and callable(thing.get("most_similar")):
                return type("Found", (), {k: staticmethod(v) for k, v in thing.items() if callable(v)})
            if type(thing).__name__ == "_Solution":
                return thing
        except Exception:
            continue
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

