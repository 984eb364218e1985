def ridge_fit(X, y, alpha):
    """Fit ridge regression on X standardised with its own column statistics.

    Use the sample std of each column (1 when it is 0). Return
    {"means": [...], "stds": [...], "weights": [...], "bias": mean of y}, where the weights
    solve (Z^T Z + alpha I) w = Z^T (y - mean(y)) for the standardised matrix Z.
    """
    ...


def ridge_predict(model, X):
    """Return bias + sum(w * (x - mean) / std) for every row of X."""
    ...


def k_fold_indices(n, k, seed):
    """Shuffle list(range(n)) with random.Random(seed); fold i is shuffled[i::k]. Return the k folds."""
    ...


def cross_validate(X, y, alpha, k, seed):
    """Return the mean, over the k folds, of the RMSE on the fold of a ridge model fitted on the other rows."""
    ...


def choose_alpha(X, y, alphas, k, seed):
    """Return the alpha with the lowest cross_validate score (the earliest on a tie)."""
    ...
