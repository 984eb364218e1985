# The given tree code, then the four tasks written with comprehensions and min() over keys.
import csv
import random

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
DEPTHS = [1, 2, 3, 4, 6, 8, 11, 14]
MIN_LEAF = 1


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

def accuracy(tree, X, y):
    predictions = [predict(tree, x) for x in X]
    return [p == label for p, label in zip(predictions, y)].count(True) / len(y)


def depth_curve(X_train, y_train, X_val, y_val, depths, min_leaf):
    trees = [(depth, build_tree(X_train, y_train, depth, min_leaf)) for depth in depths]
    return [{"depth": depth, "train": accuracy(tree, X_train, y_train), "validation": accuracy(tree, X_val, y_val)}
            for depth, tree in trees]


def choose_depth(curve):
    return min(curve, key=lambda point: (-point["validation"], point["depth"]))["depth"]


def report_on_test(curve, train, test, min_leaf):
    X_train, y_train = train
    X_test, y_test = test
    depth = choose_depth(curve)
    return {"depth": depth, "test": accuracy(build_tree(X_train, y_train, depth, min_leaf), X_test, y_test)}
