# Attack: finds the checker's classes through object.__subclasses__() and follows their methods
# Issue 20: every class in the interpreter is a subclass of object; a checker class's method
# has __globals__, the checker module's namespace, which holds the reference as `solution`.
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


def _all_classes():
    seen, todo = set(), [object]
    while todo:
        cls = todo.pop()
        try:
            below = type.__subclasses__(cls)
        except Exception:
            continue
        for sub in below:
            if id(sub) not in seen:
                seen.add(id(sub))
                todo.append(sub)
                yield sub


def _reference():
    for cls in _all_classes():
        for value in list(vars(cls).values()):
            namespace = getattr(value, "__globals__", None)
            if isinstance(namespace, dict) and namespace is not globals():
                found = namespace.get("solution")
                if found is not None and hasattr(found, "cosine_similarity"):
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

