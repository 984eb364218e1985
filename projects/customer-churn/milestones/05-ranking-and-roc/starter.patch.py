def predict_proba(tree, x):
    """The churn share of the training customers in the leaf that x reaches."""
    ...


def roc_curve(actual, scores):
    """ROC points (fpr, tpr) from (0.0, 0.0), one per distinct score, from the highest score down."""
    ...


def auc_trapezoid(points):
    """The area under a polyline of (fpr, tpr) points, by trapezoids."""
    ...


def auc_rank(actual, scores):
    """The share of (churner, stayer) pairs the scores order correctly, a tie counting one half."""
    ...


def budget_threshold(scores, budget):
    """The lowest score t for which at most budget customers score t or more; None if no score fits."""
    ...


def retention_plan(tree, train, validation, budget_share):
    """A threshold for calling round(budget_share * n) validation customers, and how well it does there."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    X, y = load_features(DATA_PATH, FEATURES)
    train, validation, test = split_three(X, y, SEED)
    tree = build_tree(train[0], train[1], DEPTH, MIN_LEAF)
    scores = [predict_proba(tree, x) for x in validation[0]]
    points = roc_curve(validation[1], scores)
    show.line({"tree": [tpr for _, tpr in points], "chance": [fpr for fpr, _ in points]}, x=[fpr for fpr, _ in points],
              title="ROC curve on the validation customers", x_label="false positive rate", y_label="true positive rate")
    print("AUC by trapezoids:", auc_trapezoid(points), "by ranks:", auc_rank(validation[1], scores))
    print(retention_plan(tree, train, validation, BUDGET_SHARE))
