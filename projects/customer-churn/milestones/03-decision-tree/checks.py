import random

from buildpath.checking import CheckFailed, cached, check, expect, fail, solution
from checks_support import DATA_PATH, every_nth, unseen_seed

SPLIT_KEYS = {"feature", "threshold", "impurity"}


def customers():
    """Every 15th customer (334 rows): enough for real splits, small enough for a fast reference."""
    def load():
        X, y = solution.load_features(DATA_PATH, solution.FEATURES)
        return every_nth(X, 15), every_nth(y, 15)
    return cached("churn-tree-sample", load)


def generated(seed, rows, features):
    generator = random.Random(seed)
    X = [[float(generator.randrange(8)) for _ in range(features)] for _ in range(rows)]
    y = [1 if x[0] + x[1] + generator.randrange(6) > 9 else 0 for x in X]
    return X, y


def averages_children(X, y, split):
    """Whether a split's impurity is the plain mean of its children's Gini rather than the weighted one."""
    try:
        left = [label for x, label in zip(X, y) if x[split["feature"]] <= split["threshold"]]
        right = [label for x, label in zip(X, y) if x[split["feature"]] > split["threshold"]]
        plain = (solution.gini(left) + solution.gini(right)) / 2
        weighted = (len(left) * solution.gini(left) + len(right) * solution.gini(right)) / len(y)
        return abs(split["impurity"] - plain) < 1e-9 and abs(plain - weighted) > 1e-9
    except (TypeError, KeyError, IndexError, ZeroDivisionError):
        return False


@check(task=1)
def gini_of_small_sets(learner):
    """gini measures impurity"""
    gini = learner.function("gini", params=["labels"])
    gini.given([1, 1, 0, 0]).returns(0.5, tol=1e-12)
    gini.given([0, 1, 1]).returns(4 / 9, tol=1e-12, mistakes=[
        (5 / 9, "That is the sum of the squared shares, a purity: Gini impurity is 1 minus it."),
        (1 / 3, "That is the share of the minority class (the misclassification rate), not Gini: "
                "use 1 - p**2 - (1 - p)**2.")])
    gini.given([1, 1, 1]).returns(0.0, tol=1e-12)
    got = gini.given([]).returns(0.0, tol=0).value
    if type(got) is not float:
        fail(f"gini([]) returned {got!r}; the instructions ask for the float 0.0.")


@check(task=2)
def best_split_of_a_small_table(learner):
    """best_split finds the purest weighted split"""
    split = learner.function("best_split", params=["X", "y", "min_leaf"])
    X = [[0.0, 10.0], [0.0, 20.0], [1.0, 30.0], [1.0, 40.0], [1.0, 50.0], [0.0, 60.0]]
    y = [0, 0, 1, 0, 1, 1]
    expected = solution.best_split(X, y, 1)
    unweighted = "Weight each child's Gini by its share of the rows: a tiny pure child should not win on its own."
    got = split.given(X, y, 1).value
    if not isinstance(got, dict) or set(got) != SPLIT_KEYS:
        fail(f"best_split should return a dict with the keys feature, threshold and impurity; it returned {got!r}.")
    if averages_children(X, y, got):
        fail(unweighted)
    split.given(X, y, 1).returns(expected, tol=1e-9)


@check(task=2)
def best_split_respects_min_leaf(learner):
    """best_split allows only splits with min_leaf rows on each side"""
    split = learner.function("best_split")
    X = [[float(v)] for v in (1, 2, 3, 4, 5, 6, 7, 8)]
    y = [1, 0, 0, 0, 0, 0, 1, 1]
    got = split.given(X, y, 3).value
    if isinstance(got, dict) and got.get("threshold") in (1.5, 6.5):
        fail(f"With min_leaf=3, best_split chose threshold {got['threshold']}, which leaves fewer than 3 rows on one "
             "side: allow a split only when both sides have at least min_leaf rows.")
    split.given(X, y, 3).returns(solution.best_split(X, y, 3), tol=1e-9)
    split.given([[1.0], [2.0]], [0, 1], 2).returns(None)
    split.given([[3.0], [3.0], [3.0]], [0, 1, 1], 1).returns(None, mistakes=[])


@check(task=2)
def ties_go_to_the_first_feature_and_threshold(learner):
    """best_split breaks ties by feature, then threshold"""
    split = learner.function("best_split")
    # features 0 and 1 give the same partition; on feature 2 two thresholds tie with them
    X = [[1.0, 5.0, 1.0], [2.0, 6.0, 9.0], [3.0, 7.0, 2.0], [4.0, 8.0, 8.0]]
    got = split.given(X, [0, 0, 1, 1], 1).value
    if isinstance(got, dict) and got.get("feature") != 0:
        fail(f"Features 0 and 1 both split these rows perfectly, and best_split chose feature {got.get('feature')}: "
             "on a tie keep the first feature (replace the best only when lower by more than TIE_MARGIN).")
    X = [[1.0], [2.0], [3.0], [4.0], [5.0], [6.0]]
    got = split.given(X, [0, 1, 0, 0, 1, 0], 1).value
    expected = solution.best_split(X, [0, 1, 0, 0, 1, 0], 1)
    if isinstance(got, dict) and abs(got.get("threshold", 0) - expected["threshold"]) > 1e-9:
        fail(f"Several thresholds tie on these rows and best_split chose {got.get('threshold')}: on a tie keep "
             "the smallest threshold.")

    # two splits of impurity 0.4 where rounding leaves the later one 1e-16 lower
    X = [[0.0, 5.0], [2.0, 2.0], [1.0, 3.0], [5.0, 4.0], [0.0, 1.0], [4.0, 3.0], [4.0, 0.0], [0.0, 5.0], [4.0, 1.0],
         [2.0, 1.0]]
    y = [0, 1, 0, 0, 1, 1, 1, 1, 0, 1]
    got = split.given(X, y, 1).value
    if isinstance(got, dict) and (got.get("feature"), got.get("threshold")) != (0, 4.5):
        fail(f"On these 10 rows, feature 0 at 4.5 and feature 1 at 2.5 both give the impurity 0.4, but the float "
             f"arithmetic can make the second a hair lower, and best_split chose feature {got.get('feature')} at "
             f"{got.get('threshold')}. Let a later split replace the best only when its impurity is lower by more "
             "than TIE_MARGIN = 1e-12.")


@check(task=2, hidden=True)
def best_split_of_generated_rows(learner):
    """best_split on rows generated from a fresh seed"""
    X, y = generated(unseen_seed(), 60, 3)
    got = learner.function("best_split").given(X, y, 4).value
    expected = solution.best_split(X, y, 4)
    if expected is None or not isinstance(got, dict):
        expect(got, "the split").equals(expected)
        return
    expect(got.get("impurity"), "the impurity of the best split of generated rows").equals(expected["impurity"], tol=1e-9)
    if (got.get("feature"), round(got.get("threshold", 0), 9)) != (expected["feature"], round(expected["threshold"], 9)):
        fail("On generated rows best_split found the lowest impurity but not the split the tie rule picks: "
             "the lowest feature, then the lowest threshold.")


@check(task=3)
def a_stump(learner):
    """build_tree with max_depth 1 asks one question"""
    build = learner.function("build_tree", params=["X", "y", "max_depth", "min_leaf"])
    X = [[0.0, 10.0], [0.0, 20.0], [1.0, 30.0], [1.0, 40.0], [1.0, 50.0], [0.0, 60.0]]
    y = [0, 0, 1, 0, 1, 1]
    build.given(X, y, 1, 1).returns(solution.build_tree(X, y, 1, 1), tol=1e-9, mistakes=[
        (solution.build_tree(X, y, 2, 1), "With max_depth=1 the tree should ask one question (a stump): stop "
                                          "and make leaves when max_depth reaches 0.")])
    build.given(X, y, 0, 1).returns(solution.leaf(y))


@check(task=3)
def leaves_follow_the_rules(learner):
    """build_tree stops at pure nodes and useless splits, and gives ties to "no" """
    build = learner.function("build_tree")
    got = build.given([[1.0], [2.0]], [1, 1], 3, 1).returns(
        {"leaf": True, "count": 2, "positives": 2, "prediction": 1}).value
    kinds = {key: type(got.get(key)).__name__ for key in ("count", "positives", "prediction")}
    if set(kinds.values()) != {"int"}:
        fail(f"Given two churners, build_tree returned the leaf {got!r}: \"count\", \"positives\" and \"prediction\" "
             f"count rows and name a label, so they should be ints; their types are {kinds}.")
    build.given([[1.0], [1.0]], [1, 0], 3, 1).returns({"leaf": True, "count": 2, "positives": 1, "prediction": 0})
    # the only split allowed (2 rows a side) leaves each side as mixed as the node: no gain, so a leaf
    build.given([[1.0], [2.0], [3.0], [4.0]], [0, 1, 0, 1], 3, 2).returns(
        {"leaf": True, "count": 4, "positives": 2, "prediction": 0}, tol=1e-12)


@check(task=3, hidden=True)
def tree_of_generated_rows(learner):
    """build_tree on rows generated from a fresh seed"""
    X, y = generated(unseen_seed(), 80, 3)
    learner.function("build_tree").given(X, y, 3, 3).returns(solution.build_tree(X, y, 3, 3), tol=1e-9)


@check(task=3, hidden=True)
def tree_of_the_customers(learner):
    """build_tree on 334 customers, depth 3, leaves of at least 10"""
    X, y = customers()
    expected = cached("churn-tree-depth-3", lambda: solution.build_tree(X, y, 3, 10))
    learner.function("build_tree").given(X, y, 3, 10).returns(expected, tol=1e-9)


@check(task=4)
def predictions_walk_the_tree(learner):
    """predict walks the tree, <= going left"""
    predict = learner.function("predict", params=["tree", "x"])
    tree = {"leaf": False, "feature": 1, "threshold": 3.5,
            "left": {"leaf": True, "count": 5, "positives": 1, "prediction": 0},
            "right": {"leaf": False, "feature": 0, "threshold": 0.5,
                      "left": {"leaf": True, "count": 4, "positives": 3, "prediction": 1},
                      "right": {"leaf": True, "count": 3, "positives": 1, "prediction": 0}}}
    predict.given(tree, [0.0, 3.0]).returns(0)
    predict.given(tree, [0.0, 5.0]).returns(1)
    predict.given(tree, [1.0, 5.0]).returns(0)
    predict.given(tree, [0.5, 3.5]).returns(0, mistakes=[
        (1, "A value equal to the threshold goes left: use x[feature] <= threshold.")])
    predict.given(tree, [0.5, 4.0]).returns(1, mistakes=[
        (0, "A value equal to the threshold goes left: use x[feature] <= threshold.")])
