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
