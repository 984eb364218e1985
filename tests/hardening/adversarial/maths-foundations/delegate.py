# Part: each function asks _reference() (defined by the attack) and answers with what it finds;
# without a reference it falls back to wrong-answer.py's wrong function.


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
