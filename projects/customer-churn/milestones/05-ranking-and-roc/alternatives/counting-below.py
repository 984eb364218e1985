# Counts, for each churner, the stayers scored below it with bisect; builds the ROC curve
# from cumulative counts per distinct score; predicts probabilities recursively.
import csv
import bisect
import random
from collections import Counter

from buildpath import show

DATA_PATH = "data/churn.csv"
FEATURES = ["international_plan", "voice_mail_plan", "number_vmail_messages", "total_day_minutes",
            "total_eve_minutes", "total_night_minutes", "total_intl_minutes", "total_intl_calls",
            "number_customer_service_calls"]
TIE_MARGIN = 1e-12


def load_features(path, features):
    """Given: (X, y): one list of floats per customer ("yes"/"no" become 1.0/0.0), y 1 for churn."""
    def number(text):
        return {"yes": 1.0, "no": 0.0}.get(text) if text in ("yes", "no") else float(text)
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [[number(r[name]) for name in features] for r in records], [1 if r["churn"] == "yes" else 0 for r in records]


SEED = 7
DEPTH = 5
MIN_LEAF = 20
BUDGET_SHARE = 0.1


def split_three(X, y, seed):
    """Given: a stratified split into 60 % training, 20 % validation and 20 % test, as (X, y) pairs."""
    rng = random.Random(seed)
    parts = [([], []), ([], []), ([], [])]
    for label in (0, 1):
        rows = [i for i in range(len(y)) if y[i] == label]
        rng.shuffle(rows)
        cuts = [round(len(rows) * 0.6), round(len(rows) * 0.8)]
        for part, chunk in zip(parts, (rows[:cuts[0]], rows[cuts[0]:cuts[1]], rows[cuts[1]:])):
            part[0].extend(X[i] for i in chunk)
            part[1].extend(y[i] for i in chunk)
    return parts


def gini(labels):
    """Given: Gini impurity of a list of 0/1 labels: 1 minus the sum of the squared class shares (0 for none)."""
    if not labels:
        return 0.0
    share = sum(labels) / len(labels)
    return 1.0 - share ** 2 - (1.0 - share) ** 2


def gini_of_counts(count, positives):
    """Given: the Gini of a side with count rows, positives of them 1."""
    share = positives / count
    return 1.0 - share ** 2 - (1.0 - share) ** 2


def best_split(X, y, min_leaf):
    """Given: the split with the lowest weighted Gini, as {"feature", "threshold", "impurity"}, or None."""
    n, total_positives = len(y), sum(y)
    best = None
    for feature in range(len(X[0]) if X else 0):
        order = sorted(range(n), key=lambda i: X[i][feature])
        left_count = left_positives = 0
        for position in range(n - 1):
            row = order[position]
            left_count += 1
            left_positives += y[row]
            value, following = X[row][feature], X[order[position + 1]][feature]
            if value == following or left_count < min_leaf or n - left_count < min_leaf:
                continue
            right_count = n - left_count
            impurity = (left_count * gini_of_counts(left_count, left_positives)
                        + right_count * gini_of_counts(right_count, total_positives - left_positives)) / n
            if best is None or impurity < best["impurity"] - TIE_MARGIN:
                best = {"feature": feature, "threshold": (value + following) / 2, "impurity": impurity}
    return best


def leaf(y):
    """Given: a leaf holding the rows' count, positives and majority prediction (0 on a tie)."""
    positives = sum(y)
    return {"leaf": True, "count": len(y), "positives": positives, "prediction": 1 if 2 * positives > len(y) else 0}


def build_tree(X, y, max_depth, min_leaf):
    """Given: grow a tree: split while depth < max_depth, the node is impure and a split lowers its Gini."""
    if max_depth == 0 or gini(y) == 0.0:
        return leaf(y)
    split = best_split(X, y, min_leaf)
    if split is None or split["impurity"] >= gini(y) - TIE_MARGIN:
        return leaf(y)
    feature, threshold = split["feature"], split["threshold"]
    left = [i for i in range(len(y)) if X[i][feature] <= threshold]
    right = [i for i in range(len(y)) if X[i][feature] > threshold]
    return {"leaf": False, "feature": feature, "threshold": threshold,
            "left": build_tree([X[i] for i in left], [y[i] for i in left], max_depth - 1, min_leaf),
            "right": build_tree([X[i] for i in right], [y[i] for i in right], max_depth - 1, min_leaf)}


def predict(tree, x):
    """Given: walk from the root: x[feature] <= threshold goes left; return the leaf's prediction."""
    while not tree["leaf"]:
        tree = tree["left"] if x[tree["feature"]] <= tree["threshold"] else tree["right"]
    return tree["prediction"]

def predict_proba(tree, x):
    if tree["leaf"]:
        return tree["positives"] / tree["count"]
    return predict_proba(tree["left"] if x[tree["feature"]] <= tree["threshold"] else tree["right"], x)


def roc_curve(actual, scores):
    churners = Counter(s for s, label in zip(scores, actual) if label == 1)
    stayers = Counter(s for s, label in zip(scores, actual) if label == 0)
    total_churners, total_stayers = sum(churners.values()), sum(stayers.values())
    tp = fp = 0
    points = [(0.0, 0.0)]
    for score in sorted(set(scores), reverse=True):
        tp += churners[score]
        fp += stayers[score]
        points.append((fp / total_stayers, tp / total_churners))
    return points


def auc_trapezoid(points):
    area = 0.0
    for i in range(1, len(points)):
        area += (points[i][0] - points[i - 1][0]) * (points[i][1] + points[i - 1][1]) / 2
    return area


def auc_rank(actual, scores):
    stayers = sorted(s for s, label in zip(scores, actual) if label == 0)
    churners = [s for s, label in zip(scores, actual) if label == 1]
    wins = 0.0
    for c in churners:
        below = bisect.bisect_left(stayers, c)
        tied = bisect.bisect_right(stayers, c) - below
        wins += below + tied / 2
    return wins / (len(churners) * len(stayers))


def budget_threshold(scores, budget):
    ranked = sorted(scores, reverse=True)
    if not ranked:
        return None
    # the candidate is the score at the budget's edge, lowered if that edge splits a tie
    fits = [t for t in set(scores) if sum(s >= t for s in scores) <= budget]
    return min(fits) if fits else None


def retention_plan(tree, train, validation, budget_share):
    X_val, y_val = validation
    scores = [predict_proba(tree, x) for x in X_val]
    t = budget_threshold(scores, round(budget_share * len(y_val)))
    called = [] if t is None else [label for s, label in zip(scores, y_val) if s >= t]
    return {"threshold": t, "called": len(called), "precision": sum(called) / len(called) if called else 0.0,
            "recall": sum(called) / sum(y_val)}
