import csv

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


def gini(labels):
    """Gini impurity of a list of 0/1 labels: 1 minus the sum of the squared class shares (0 for none)."""
    if not labels:
        return 0.0
    share = sum(labels) / len(labels)
    return 1.0 - share ** 2 - (1.0 - share) ** 2


def gini_of_counts(count, positives):
    share = positives / count
    return 1.0 - share ** 2 - (1.0 - share) ** 2


def best_split(X, y, min_leaf):
    """The split with the lowest weighted Gini, as {"feature", "threshold", "impurity"}, or None."""
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
    positives = sum(y)
    return {"leaf": True, "count": len(y), "positives": positives, "prediction": 1 if 2 * positives > len(y) else 0}


def build_tree(X, y, max_depth, min_leaf):
    """Grow a tree: split while depth < max_depth, the node is impure and a split lowers its Gini."""
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
    """Walk from the root: x[feature] <= threshold goes left; return the leaf's prediction."""
    while not tree["leaf"]:
        tree = tree["left"] if x[tree["feature"]] <= tree["threshold"] else tree["right"]
    return tree["prediction"]


def describe(tree, names, depth=0):
    """Given: the tree as indented lines of text."""
    indent = "  " * depth
    if tree["leaf"]:
        return [f"{indent}leaf: {tree['positives']} of {tree['count']} churned -> {tree['prediction']}"]
    name = names[tree["feature"]]
    return ([f"{indent}{name} <= {tree['threshold']:g}:"] + describe(tree["left"], names, depth + 1)
            + [f"{indent}{name} > {tree['threshold']:g}:"] + describe(tree["right"], names, depth + 1))


if __name__ == "__main__":
    X, y = load_features(DATA_PATH, FEATURES)
    print("gini of all customers:", gini(y))
    stump = best_split(X, y, 1)
    print("best first question:", FEATURES[stump["feature"]], "<=", stump["threshold"])
    tree = build_tree(X, y, 3, 20)
    print("\n".join(describe(tree, FEATURES)))
    accuracy = sum(predict(tree, x) == label for x, label in zip(X, y)) / len(y)
    print("training accuracy of the depth-3 tree:", accuracy)
