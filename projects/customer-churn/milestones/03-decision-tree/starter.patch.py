del gini_of_counts
del leaf


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
