import math
import random

from buildpath.checking import check, expect, fail, solution, unpredictable_random
from checks_support import exact_type, explaining, random_vector

HIDDEN_SEED = unpredictable_random().randrange(1, 2 ** 31)  # drawn afresh for every check job
LIST = "Return a list, e.g. with a list comprehension, so later code can index and extend it."


def emails():
    return solution.read_emails("data/spam-words.csv")[0]


@check(task=1)
def add_and_scale_small_vectors(learner):
    """add and scale work element by element and return lists"""
    add = learner.function("add", params=["u", "v"])
    scale = learner.function("scale", params=["c", "v"])
    add.given([1, 2, 3], [10, 20, 30]).returns([11, 22, 33])
    add.given([0.5, -1.5], [0.25, 1.5]).returns([0.75, 0.0], tol=1e-12)
    scale.given(3, [1, -2, 0.5]).returns([3, -6, 1.5], tol=1e-12)
    scale.given(0, [4, 5]).returns([0, 0])
    exact_type(add.given([1, 2], [3, 4]).value, list, "What add returned", LIST)
    exact_type(scale.given(2, [1, 2]).value, list, "What scale returned", LIST)
    add.given([1, 2], [3, 4]).leaves_arguments_unchanged()
    scale.given(2, [1, 2]).leaves_arguments_unchanged()


@check(task=2)
def dot_and_norm_of_small_vectors(learner):
    """dot multiplies matching elements and adds them; norm is the length"""
    dot = learner.function("dot", params=["u", "v"])
    norm = learner.function("norm", params=["v"])
    dot.given([1, 2, 3], [4, -5, 6]).returns(12)
    dot.given([0.5, 0.5], [2, 2]).returns(2.0, tol=1e-12)
    no_root = "That is the squared length, dot(v, v): the length is its square root."
    norm.given([3, 4]).returns(5.0, tol=1e-12, mistakes=[(25, no_root)])
    norm.given([1, 2, 2, 4]).returns(5.0, tol=1e-12, mistakes=[(25, no_root)])
    norm.given([0, 0, 0]).returns(0.0)


@check(task=3)
def distance_between_small_vectors(learner):
    """distance is the length of the difference"""
    distance = learner.function("distance", params=["u", "v"])
    squared = "That is the squared distance: take the square root of the sum of squared differences."
    distance.given([1, 1], [4, 5]).returns(5.0, tol=1e-12, mistakes=[(25, squared)])
    distance.given([2, -1, 0], [2, -1, 0]).returns(0.0, tol=1e-12)
    distance.given([0, 0, 0], [1, 2, 2]).returns(3.0, tol=1e-12, mistakes=[(9, squared)])


@check(task=4)
def cosine_of_small_vectors(learner):
    """cosine_similarity divides the dot product by both lengths"""
    cosine = learner.function("cosine_similarity", params=["u", "v"])
    unnormalised = "That is the dot product itself: divide it by norm(u) * norm(v)."
    cosine.given([1, 0], [0, 5]).returns(0.0, tol=1e-12)
    cosine.given([2, 2], [5, 5]).returns(1.0, tol=1e-12, mistakes=[(20, unnormalised)])
    cosine.given([1, 2, 3], [-1, -2, -3]).returns(-1.0, tol=1e-12, mistakes=[(-14, unnormalised)])
    cosine.given([3, 4], [4, 3]).returns(24 / 25, tol=1e-12, mistakes=[(24, unnormalised)])


@check(task=4)
def cosine_with_an_empty_email(learner):
    """cosine_similarity is 0.0 when a vector is all zeros"""
    cosine = learner.function("cosine_similarity", params=["u", "v"])
    try:
        cosine.given([0, 0, 0], [1, 2, 3]).returns(0.0)
        cosine.given([0.5, 0.0], [0.0, 0.0]).returns(0.0)
        exact_type(cosine.given([0, 0, 0], [1, 2, 3]).value, float, "The cosine similarity of [0, 0, 0] and [1, 2, 3]",
                   "Return the float 0.0, as the instructions say, so that every similarity is a float.")
    except Exception as problem:
        if "ZeroDivisionError" in str(problem):
            fail("An e-mail with none of the words is a vector of zeros, with length 0: "
                 "return 0.0 when norm(u) * norm(v) is 0 instead of dividing by it.")
        raise


@check(task=4, hidden=True)
def cosine_of_the_emails(learner):
    """cosine_similarity works on the e-mails"""
    vectors = emails()
    cosine = learner.function("cosine_similarity")
    for i, j in ((0, 1), (2, 3), (5, 40), (17, 120), (0, 200)):
        explaining("The cosine similarity is dot(u, v) / (norm(u) * norm(v)), and 0.0 when either length is 0.",
                   lambda: cosine.given(vectors[i], vectors[j]).returns(solution.cosine_similarity(vectors[i], vectors[j]), tol=1e-9))


@check(task=5)
def the_most_similar_vector(learner):
    """most_similar returns the index of the most similar vector"""
    most_similar = learner.function("most_similar", params=["query", "vectors"])
    by_distance = ("The nearest vector by distance is not the most similar by angle: compare "
                   "cosine_similarity(query, vector), and keep the largest.")
    most_similar.given([1, 0], [[0, 1], [10, 1], [1, 1]]).returns(1, mistakes=[(2, by_distance)])
    most_similar.given([1, 1], [[0.9, 1.2], [5, 5], [-1, -1]]).returns(1, mistakes=[(0, by_distance)])
    exact_type(most_similar.given([1, 0], [[0, 1], [10, 1], [1, 1]]).value, int, "The index most_similar returned",
               "Return the position in the list, an int such as 1, the way range(len(vectors)) counts.")


@check(task=5)
def ties_go_to_the_lowest_index(learner):
    """on a tie, most_similar returns the lowest index"""
    most_similar = learner.function("most_similar", params=["query", "vectors"])
    rule = ("Vectors 1 and 3 are the same, so they tie: the instructions "
            "ask for the lowest index on a tie. Replace the best only when a vector is strictly more similar.")
    most_similar.given([1, 2], [[2, -1], [3, 6], [0, 1], [3, 6]]).returns(1, mistakes=[(3, rule)])
    most_similar.given([0, 1], [[0, 7], [0, 2], [1, 0]]).returns(0, mistakes=[(1, rule)])


@check(task=5, hidden=True)
def most_similar_of_random_vectors(learner):
    """most_similar finds the best match among vectors it has not seen"""
    rng = random.Random(HIDDEN_SEED)
    most_similar = learner.function("most_similar")
    for _ in range(6):
        query = random_vector(rng, 8)
        vectors = [random_vector(rng, 8) for _ in range(30)]
        chosen = most_similar.given(query, vectors).value
        if type(chosen) is not int or not 0 <= chosen < len(vectors):
            fail(f"most_similar returned {chosen!r}, which is not an index of the 30 vectors.")
        scores = [solution.cosine_similarity(query, v) for v in vectors]
        # Floating-point near-ties: any index within 1e-9 of the best is right.
        if scores[chosen] < max(scores) - 1e-9:
            fail("Among 30 random vectors, the index returned is not the one most cosine-similar to the query.")


@check(task=5, hidden=True)
def most_similar_among_the_emails(learner):
    """most_similar finds the closest e-mail, the first of several that tie"""
    vectors = emails()
    most_similar = learner.function("most_similar")
    # 150 has none of the words (every similarity is 0.0, a tie of all); 33 has only "your",
    # like 23 others, so their similarities are 1.0 up to rounding.
    for query in (0, 7, 33, 150):
        others = vectors[:query] + vectors[query + 1:]
        scores = [solution.cosine_similarity(vectors[query], v) for v in others]
        chosen = most_similar.given(vectors[query], others).value
        if type(chosen) is not int or not 0 <= chosen < len(others):
            fail(f"most_similar returned {chosen!r}, which is not an index of the e-mails.")
        # Any index within 1e-9 of the best is right, except after an exact tie of the same vector.
        if scores[chosen] < max(scores) - 1e-9:
            fail("On the e-mails, the index returned is not that of the most similar e-mail.")
        if any(others[k] == others[chosen] for k in range(chosen)) or (not any(vectors[query]) and chosen != 0):
            fail("On the e-mails several vectors tie for the most similar and an earlier one was passed over: "
                 "on a tie, return the lowest index.")
