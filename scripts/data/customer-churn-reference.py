"""Independent reference figures for the customer-churn pack, computed with NumPy and
scikit-learn rather than with the pack's own solutions.

    /usr/bin/python3 scripts/data/customer-churn-reference.py > projects/customer-churn/data/reference-figures.json

Only the splits (stratified, seeded: the recipes of milestones 2 and 4) and the k-means
starting points (the positions random.Random(seed).sample draws) follow the pack, because
the figures must describe the same customers and the same start. Trees are compared where
ties between equally good splits cannot arise (scikit-learn breaks them by a random feature
order, the pack by feature index), that is, up to depth 6 here.
"""

import csv
import json
import os
import random

import numpy
import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import accuracy_score, precision_recall_fscore_support, roc_auc_score
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

DATA = os.path.join(os.path.dirname(__file__), "../../projects/customer-churn/data/churn.csv")
TREE_FEATURES = ["international_plan", "voice_mail_plan", "number_vmail_messages", "total_day_minutes",
                 "total_eve_minutes", "total_night_minutes", "total_intl_minutes", "total_intl_calls",
                 "number_customer_service_calls"]
USAGE = ["total_day_minutes", "total_eve_minutes", "total_night_minutes", "total_intl_minutes",
         "number_customer_service_calls", "number_vmail_messages"]
PCA_COLUMNS = ["total_day_minutes", "total_day_charge", "total_eve_minutes", "total_eve_charge",
               "total_night_minutes", "total_night_charge", "total_intl_minutes", "total_intl_charge",
               "number_customer_service_calls", "number_vmail_messages"]
SEED, SAMPLE_STEP = 7, 5
DEPTHS, CURVE_MIN_LEAF = [1, 2, 3, 4, 6], 1


def read_customers():
    with open(DATA, newline="") as file:
        return list(csv.DictReader(file))


def matrix(rows, columns):
    return numpy.array([[{"yes": 1.0, "no": 0.0}.get(row[c], None) if row[c] in ("yes", "no") else float(row[c])
                         for c in columns] for row in rows])


def stratified_test(rows, fraction, seed):
    """Milestone 2's recipe: one generator, "no" then "yes", the first round(n * fraction) of each to test."""
    rng = random.Random(seed)
    test = []
    for label in ("no", "yes"):
        group = [row for row in rows if row["churn"] == label]
        rng.shuffle(group)
        test.extend(group[:round(len(group) * fraction)])
    return test


def split_three(y, seed):
    """Milestone 4's recipe: positions of 60 % training, 20 % validation, 20 % test, per label."""
    rng = random.Random(seed)
    parts = [[], [], []]
    for label in (0, 1):
        positions = [i for i in range(len(y)) if y[i] == label]
        rng.shuffle(positions)
        cuts = [round(len(positions) * 0.6), round(len(positions) * 0.8)]
        for part, chunk in zip(parts, (positions[:cuts[0]], positions[cuts[0]:cuts[1]], positions[cuts[1]:])):
            part.extend(chunk)
    return parts


def tree(depth, min_leaf):
    return DecisionTreeClassifier(criterion="gini", max_depth=depth, min_samples_leaf=min_leaf, random_state=0)


def main():
    rows = read_customers()
    churned = numpy.array([row["churn"] == "yes" for row in rows])
    calls = numpy.array([float(row["number_customer_service_calls"]) for row in rows])
    plan = numpy.array([row["international_plan"] for row in rows])

    test = stratified_test(rows, 0.2, SEED)
    actual = numpy.array([row["churn"] == "yes" for row in test])
    flagged = numpy.array([float(row["number_customer_service_calls"]) >= 4 for row in test])
    precision, recall, f1, _ = precision_recall_fscore_support(actual, flagged, average="binary", zero_division=0)

    X, y = matrix(rows, TREE_FEATURES), churned.astype(int)
    train, validation, test_part = split_three(list(y), SEED)
    curve = []
    for depth in DEPTHS:
        model = tree(depth, CURVE_MIN_LEAF).fit(X[train], y[train])
        curve.append({"depth": depth, "train": accuracy_score(y[train], model.predict(X[train])),
                      "validation": accuracy_score(y[validation], model.predict(X[validation]))})
    ranking_tree = tree(5, 20).fit(X[train], y[train])

    usage = matrix(rows, USAGE)[::SAMPLE_STEP]
    scaled = StandardScaler().fit_transform(usage)
    start = random.Random(SEED).sample(range(len(scaled)), 4)
    kmeans = KMeans(n_clusters=4, init=scaled[start], n_init=1, max_iter=1000, tol=0.0, algorithm="lloyd").fit(scaled)

    pca_rows = StandardScaler().fit_transform(matrix(rows, PCA_COLUMNS)[::SAMPLE_STEP])
    pca = PCA(n_components=4, svd_solver="full").fit(pca_rows)

    figures = {
        "command": "/usr/bin/python3 scripts/data/customer-churn-reference.py",
        "libraries": {"numpy": numpy.__version__, "scikit-learn": sklearn.__version__},
        "customers": len(rows),
        "churn_rate": float(churned.mean()),
        "churn_rate_by_international_plan": {p: float(churned[plan == p].mean()) for p in ("no", "yes")},
        "churn_rate_by_service_calls": {str(int(c)): float(churned[calls == c].mean()) for c in sorted(set(calls))},
        "stratified_test": {"seed": SEED, "test_fraction": 0.2, "customers": len(test), "churners": int(actual.sum()),
                            "always_no_accuracy": float(accuracy_score(actual, numpy.zeros(len(actual), bool))),
                            "four_or_more_calls": {"accuracy": float(accuracy_score(actual, flagged)),
                                                   "precision": float(precision), "recall": float(recall),
                                                   "f1": float(f1)}},
        "decision_tree": {
            "features": TREE_FEATURES,
            "full_data_depth_3_min_leaf_20_training_accuracy":
                float(accuracy_score(y, tree(3, 20).fit(X, y).predict(X))),
            "split": {"seed": SEED, "train": len(train), "validation": len(validation), "test": len(test_part)},
            "depth_curve_min_leaf_1": curve,
        },
        # On the training part: scikit-learn stores thresholds in float32, so an unseen value that lands exactly
        # on a midpoint (possible with one-decimal minutes) can go the other way; training values never do.
        "roc_auc_depth_5_min_leaf_20_training_part": float(
            roc_auc_score(y[train], ranking_tree.predict_proba(X[train])[:, 1])),
        "kmeans": {"columns": USAGE, "sample_step": SAMPLE_STEP, "k": 4, "seed": SEED, "start_positions": start,
                   "inertia": float(kmeans.inertia_), "iterations": int(kmeans.n_iter_)},
        "pca": {"columns": PCA_COLUMNS, "sample_step": SAMPLE_STEP,
                "explained_variance": [float(v) for v in pca.explained_variance_],
                "explained_variance_ratio": [float(v) for v in pca.explained_variance_ratio_]},
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
