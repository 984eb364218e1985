def accuracy(tree, X, y):
    """The share of rows whose prediction equals the label."""
    ...


def depth_curve(X_train, y_train, X_val, y_val, depths, min_leaf):
    """For each depth, a tree grown on the training rows, scored on both parts."""
    ...


def choose_depth(curve):
    """The depth with the highest validation accuracy; the smallest such depth on a tie."""
    ...


def report_on_test(curve, train, test, min_leaf):
    """Take the depth chosen on validation, grow that tree on the training rows, score it once on test."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    X, y = load_features(DATA_PATH, FEATURES)
    train, validation, test = split_three(X, y, SEED)
    curve = depth_curve(train[0], train[1], validation[0], validation[1], DEPTHS, MIN_LEAF)
    show.line({"training": [p["train"] for p in curve], "validation": [p["validation"] for p in curve]},
              x=[p["depth"] for p in curve], title="Accuracy by tree depth", x_label="max_depth", y_label="accuracy")
    print(report_on_test(curve, train, test, MIN_LEAF))
