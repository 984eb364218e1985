# mistake: averages the two children's Gini without weighting them by their size
# expect: Weight each child's Gini by its share of the rows


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
            impurity = (gini_of_counts(left_count, left_positives)
                        + gini_of_counts(right_count, total_positives - left_positives)) / 2
            if best is None or impurity < best["impurity"] - TIE_MARGIN:
                best = {"feature": feature, "threshold": (value + following) / 2, "impurity": impurity}
    return best
