# Attack: from inside a function, traces the checker's frames and clears what the comparison found
# Issue 21: sys.settrace and frame.f_trace set by a function the check calls; in the frames that
# compare (Call.returns, satisfies) the local `problem` is set to None on every line.
import sys

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


def _in_checker(frame, event, arg):
    if "problem" in frame.f_locals:
        frame.f_locals["problem"] = None
    return _in_checker


def _tracer(frame, event, arg):
    return _in_checker if frame.f_code.co_name in ("returns", "satisfies", "equals") else None


def _install():
    sys.settrace(_tracer)
    frame = sys._getframe(1)
    while frame is not None:
        frame.f_trace = _in_checker
        frame = frame.f_back


_add = add


def add(u, v):
    _install()
    return _add(u, v)
