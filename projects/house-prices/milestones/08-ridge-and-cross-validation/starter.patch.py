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


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    rows = drop_large_houses(load_rows(DATA_PATH), 4000)
    train, test = train_test_split(rows, TEST_FRACTION, SEED)
    small = train[:SMALL_TRAINING_SET]
    levels = {column: category_levels(small, column) for column in CATEGORICAL}
    X, y = encode_rows(small, NUMERIC, levels), [math.log(row["Sale_Price"]) for row in small]
    print(len(small), "training sales,", len(X[0]), "columns")
    scores = {alpha: cross_validate(X, y, alpha, FOLDS, SEED) for alpha in ALPHAS}
    show.line({"cross-validated RMSE of log price": list(scores.values())}, x=[math.log10(a) for a in ALPHAS],
              title="Choosing the ridge strength", x_label="log10(alpha)", y_label="RMSE (log price)")
    best = choose_alpha(X, y, ALPHAS, FOLDS, SEED)
    test_X, test_y = encode_rows(test, NUMERIC, levels), [row["Sale_Price"] for row in test]
    table = []
    for alpha in sorted({ALPHAS[0], best}):
        predictions = [math.exp(p) for p in ridge_predict(ridge_fit(X, y, alpha), test_X)]
        table.append({"alpha": alpha, "test RMSE ($)": rmse(test_y, predictions)})
    show.table(table, title=f"Trained on {len(small)} sales, measured on the {len(test)} test sales")
