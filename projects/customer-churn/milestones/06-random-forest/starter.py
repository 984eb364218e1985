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
N_TREES = 10
MAX_DEPTH = 8
MIN_LEAF = 2
N_FEATURES = 6


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
    """Given: the churn share of the training customers in the leaf that x reaches."""
    while not tree["leaf"]:
        tree = tree["left"] if x[tree["feature"]] <= tree["threshold"] else tree["right"]
    return tree["positives"] / tree["count"]


def auc_rank(actual, scores):
    """Given: the share of (churner, stayer) pairs the scores order correctly, a tie counting one half."""
    churners = [s for s, label in zip(scores, actual) if label == 1]
    stayers = [s for s, label in zip(scores, actual) if label == 0]
    wins = sum(1.0 if c > s else 0.5 if c == s else 0.0 for c in churners for s in stayers)
    return wins / (len(churners) * len(stayers))


def bootstrap_indices(n, rng):
    """n positions drawn from range(n) with replacement, by rng.randrange."""
    ...


def random_forest(X, y, n_trees, max_depth, min_leaf, n_features, seed):
    """n_trees members {"features", "tree"}, each grown on a bootstrap sample and a sorted feature subset."""
    ...


def forest_proba(forest, x):
    """The mean of the members' probabilities, each member seeing only its features of x."""
    ...


def forest_gain(train, validation, n_trees, max_depth, min_leaf, n_features, seed):
    """Validation AUC of one tree on all features and of the forest, grown on the same training part."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    X, y = load_features(DATA_PATH, FEATURES)
    train, validation, test = split_three(X, y, SEED)
    gain = forest_gain(train, validation, N_TREES, MAX_DEPTH, MIN_LEAF, N_FEATURES, SEED)
    print("validation AUC, one tree:", gain["tree"], " forest of", N_TREES, "trees:", gain["forest"])
    show.bar(["one tree", "forest"], [gain["tree"], gain["forest"]], title="Validation AUC", y_label="AUC")
