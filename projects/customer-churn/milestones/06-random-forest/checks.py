import random

from buildpath.checking import cached, check, expect, fail, solution
from checks_support import customer_parts, unseen_seed

RECIPE = ("make one rng = random.Random(seed) before the loop; for each tree draw rows = bootstrap_indices(len(y), rng), "
          "then features = sorted(rng.sample(range(len(X[0])), n_features))")


def generated(seed, rows, features=4):
    generator = random.Random(seed)
    X = [[float(generator.randrange(10)) for _ in range(features)] for _ in range(rows)]
    y = [1 if x[0] + x[2] + generator.randrange(8) > 12 else 0 for x in X]
    return X, y


def _a(noun):
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def members_differ_from(got, expected):
    """A message naming the first way the learner's forest differs from the recipe's, or None."""
    if not isinstance(got, list) or len(got) != len(expected):
        return f"random_forest should return a list of {len(expected)} members; it returned {type(got).__name__}."
    if all(member == got[0] for member in got) and len(got) > 1:
        return ("All the members are the same tree: every tree got the same sample. Make one generator before the "
                f"loop: {RECIPE}.")
    for number, (member, reference) in enumerate(zip(got, expected), start=1):
        features = member.get("features") if isinstance(member, dict) else None
        if isinstance(features, (list, tuple)) and list(features) == reference["features"] and type(features) is not list:
            return (f"Tree {number}'s features are {_a(type(features).__name__)}; the instructions ask for the list "
                    "sorted(rng.sample(...)) gives.")
        if isinstance(features, (list, tuple)) and sorted(features) == reference["features"] != list(features):
            return (f"Tree {number} uses the features {list(features)!r}, the right ones but not sorted. Keep them as "
                    f"sorted(rng.sample(range(len(X[0])), n_features)): {RECIPE}.")
        if not isinstance(member, dict) or member.get("features") != reference["features"]:
            return (f"Tree {number} uses the features {member.get('features') if isinstance(member, dict) else member!r}, "
                    f"not the ones the recipe draws. For each tree, draw the rows first, then the features, from the one generator: "
                    f"{RECIPE}.")
        if member.get("tree") != reference["tree"]:
            return (f"Tree {number} has the recipe's features but another tree: its bootstrap rows differ. {RECIPE}; "
                    "grow build_tree on those rows, keeping only those features.")
    return None


@check(task=1)
def bootstrap_draws_with_replacement(learner):
    """bootstrap_indices draws n positions with replacement, from the given generator"""
    draw = learner.function("bootstrap_indices", params=["n", "rng"])
    got = draw.given(50, random.Random(3)).value
    expect(got, "the bootstrap sample").is_instance(list)
    expect(len(got), "the number of positions drawn").equals(50, reveal=True)
    if sorted(got) == list(range(50)):
        fail("Every one of the 50 rows appears exactly once: a bootstrap sample must draw with replacement "
             "(rng.randrange(n) for each of the n draws), so some rows repeat.")
    rng = random.Random(3)
    draw.given(12, rng).returns([rng.randrange(12) for _ in range(12)])


@check(task=1)
def bootstrap_uses_the_callers_generator(learner):
    """bootstrap_indices continues the generator it is given"""
    rng, reference = random.Random(8), random.Random(8)
    rng.random()
    reference.random()
    want = [reference.randrange(9) for _ in range(9)]
    learner.function("bootstrap_indices").given(9, rng).returns(want)


@check(task=2)
def forest_follows_the_recipe(learner):
    """random_forest draws rows, then features, from one generator"""
    grow = learner.function("random_forest", params=["X", "y", "n_trees", "max_depth", "min_leaf", "n_features", "seed"])
    X, y = generated(2, 40)
    expected = solution.random_forest(X, y, 3, 2, 2, 2, 5)
    problem = members_differ_from(grow.given(X, y, 3, 2, 2, 2, 5).value, expected)
    if problem:
        fail(problem)
    # with this seed rng.sample draws the first tree's features out of order ([1, 0, 4])
    X, y = generated(4, 30, 5)
    expected = solution.random_forest(X, y, 2, 2, 2, 3, 1)
    problem = members_differ_from(grow.given(X, y, 2, 2, 2, 3, 1).value, expected)
    if problem:
        fail(problem)


@check(task=2, hidden=True)
def forest_of_generated_rows(learner):
    """random_forest on rows generated from a fresh seed"""
    seed = unseen_seed()
    X, y = generated(seed, 50, 5)
    expected = solution.random_forest(X, y, 4, 3, 2, 3, seed)
    problem = members_differ_from(learner.function("random_forest").given(X, y, 4, 3, 2, 3, seed).value, expected)
    if problem:
        fail(problem)


@check(task=3)
def forest_averages_probabilities(learner):
    """forest_proba averages the members' probabilities"""
    proba = learner.function("forest_proba", params=["forest", "x"])
    forest = [{"features": [2, 0], "tree": {"leaf": False, "feature": 0, "threshold": 5.0,
                                            "left": {"leaf": True, "count": 5, "positives": 1, "prediction": 0},
                                            "right": {"leaf": True, "count": 4, "positives": 3, "prediction": 1}}},
              {"features": [1], "tree": {"leaf": True, "count": 10, "positives": 4, "prediction": 0}}]
    proba.given(forest, [9.0, 1.0, 6.0]).returns((0.75 + 0.4) / 2, tol=1e-12, mistakes=[
        (0.5, "That averages the members' 0/1 predictions: average the members' probabilities, not their 0/1 "
              "predictions.")])
    proba.given(forest, [1.0, 1.0, 4.0]).returns((0.2 + 0.4) / 2, tol=1e-12, mistakes=[
        ((0.75 + 0.4) / 2, "Each member sees only its own features of x, in its order: [x[j] for j in features].")])


@check(task=4)
def gain_on_a_small_problem(learner):
    """forest_gain scores one tree and the forest on validation"""
    gain = learner.function("forest_gain", params=["train", "validation", "n_trees", "max_depth", "min_leaf",
                                                   "n_features", "seed"])
    train, validation = generated(11, 60), generated(12, 40)
    gain.given(train, validation, 4, 3, 2, 2, 9).returns(
        solution.forest_gain(train, validation, 4, 3, 2, 2, 9), tol=1e-12)


@check(task=4, hidden=True)
def gain_on_the_customers(learner):
    """forest_gain on a small split of the customers"""
    def parts():
        train, validation, _ = customer_parts(20)
        return train, validation, solution.forest_gain(train, validation, 3, 3, 3, 5, 2011)
    train, validation, expected = cached("churn-forest-gain", parts)
    learner.function("forest_gain").given(train, validation, 3, 3, 3, 5, 2011).returns(expected, tol=1e-12)
