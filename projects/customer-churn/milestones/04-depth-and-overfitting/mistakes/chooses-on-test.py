# mistake: tries every depth on the test customers and reports the best, choosing on test
# expect: choose the depth on validation


def report_on_test(curve, train, test, min_leaf):
    """Take the depth chosen on validation, grow that tree on the training rows, score it once on test."""
    scored = []
    for point in curve:
        tree = build_tree(train[0], train[1], point["depth"], min_leaf)
        scored.append({"depth": point["depth"], "test": accuracy(tree, test[0], test[1])})
    return max(scored, key=lambda result: result["test"])
