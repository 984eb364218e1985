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
    ...


def best_split(X, y, min_leaf):
    """The split with the lowest weighted Gini, as {"feature", "threshold", "impurity"}, or None."""
    ...


def build_tree(X, y, max_depth, min_leaf):
    """Grow a tree: split while depth < max_depth, the node is impure and a split lowers its Gini."""
    ...


def predict(tree, x):
    """Walk from the root: x[feature] <= threshold goes left; return the leaf's prediction."""
    ...


def describe(tree, names, depth=0):
    """Given: the tree as indented lines of text."""
    indent = "  " * depth
    if tree["leaf"]:
        return [f"{indent}leaf: {tree['positives']} of {tree['count']} churned -> {tree['prediction']}"]
    name = names[tree["feature"]]
    return ([f"{indent}{name} <= {tree['threshold']:g}:"] + describe(tree["left"], names, depth + 1)
            + [f"{indent}{name} > {tree['threshold']:g}:"] + describe(tree["right"], names, depth + 1))


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    X, y = load_features(DATA_PATH, FEATURES)
    print("gini of all customers:", gini(y))
    stump = best_split(X, y, 1)
    print("best first question:", FEATURES[stump["feature"]], "<=", stump["threshold"])
    tree = build_tree(X, y, 3, 20)
    print("\n".join(describe(tree, FEATURES)))
    accuracy = sum(predict(tree, x) == label for x, label in zip(X, y)) / len(y)
    print("training accuracy of the depth-3 tree:", accuracy)
