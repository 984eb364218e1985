# Scores every threshold of a feature from prefix sums of the sorted labels
# (itertools.accumulate), keeps the best as a tuple, and predicts recursively.
from itertools import accumulate

TIE_MARGIN = 1e-12


def gini(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    ones = sum(labels)
    return 1.0 - (ones / n) ** 2 - ((n - ones) / n) ** 2


def weighted(count, ones):
    """count times the Gini of a side with that many rows and ones."""
    return count - (ones * ones + (count - ones) * (count - ones)) / count


def best_split(X, y, min_leaf):
    n = len(y)
    best = None  # (impurity, feature, threshold)
    for feature in range(len(X[0]) if X else 0):
        pairs = sorted(zip((row[feature] for row in X), y))
        ones_left = list(accumulate(label for _, label in pairs))
        for k in range(min_leaf, n - min_leaf + 1):
            if k == 0 or k == n or pairs[k - 1][0] == pairs[k][0]:
                continue
            impurity = (weighted(k, ones_left[k - 1]) + weighted(n - k, ones_left[-1] - ones_left[k - 1])) / n
            if best is None or impurity < best[0] - TIE_MARGIN:
                best = (impurity, feature, (pairs[k - 1][0] + pairs[k][0]) / 2)
    return None if best is None else {"feature": best[1], "threshold": best[2], "impurity": best[0]}


def build_tree(X, y, max_depth, min_leaf):
    node_gini = gini(y)
    split = best_split(X, y, min_leaf) if max_depth > 0 and node_gini > 0 else None
    if split is None or not split["impurity"] < node_gini - TIE_MARGIN:
        ones = sum(y)
        return {"leaf": True, "count": len(y), "positives": ones, "prediction": int(2 * ones > len(y))}
    goes_left = [x[split["feature"]] <= split["threshold"] for x in X]
    sides = {}
    for side in (True, False):
        rows = [(x, label) for x, label, left in zip(X, y, goes_left) if left == side]
        sides[side] = build_tree([x for x, _ in rows], [label for _, label in rows], max_depth - 1, min_leaf)
    return {"leaf": False, "feature": split["feature"], "threshold": split["threshold"],
            "left": sides[True], "right": sides[False]}


def predict(tree, x):
    if tree["leaf"]:
        return tree["prediction"]
    return predict(tree["left"] if x[tree["feature"]] <= tree["threshold"] else tree["right"], x)
