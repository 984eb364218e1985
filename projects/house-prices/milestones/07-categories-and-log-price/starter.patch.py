def category_levels(rows, column):
    """Return the sorted list of the distinct values of `column` in the rows."""
    ...


def one_hot(value, levels):
    """Return one flag per level after the first: 1.0 where the level equals value, else 0.0.

    The first level (the reference) and values not in `levels` give all zeros.
    """
    ...


def encode_rows(rows, numeric, levels):
    """Return one list per row: its numeric values, then the one-hot flags of each column in `levels`.

    `levels` maps a categorical column name to its list of levels.
    """
    ...


def fit_least_squares(X, y):
    """Return [b, w1, ..., wp]: put 1.0 in front of every row, then solve (X^T X) beta = X^T y."""
    ...


def r_squared(actual, predicted):
    """Return 1 - (sum of squared errors) / (sum of squared deviations of `actual` from its mean)."""
    ...


def log_price_model(train, test, numeric, categorical):
    """Fit log(Sale_Price) on the encoded training rows (levels from the training rows only).

    Predict the test rows, turn the predictions back into dollars with math.exp, and return
    {"r2": ..., "rmse": ...} computed on the test Sale_Price values.
    """
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    rows = drop_large_houses(load_rows(DATA_PATH), 4000)
    train, test = train_test_split(rows, TEST_FRACTION, SEED)
    print("Neighborhood levels in training:", len(category_levels(train, "Neighborhood")))
    results = [
        {"model": "numeric columns only", **log_price_model(train, test, NUMERIC, [])},
        {"model": "numeric + categories", **log_price_model(train, test, NUMERIC, CATEGORICAL)},
    ]
    show.table(results, title="Log-price models on the test set (R² and RMSE in dollars)")
    levels = {column: category_levels(train, column) for column in CATEGORICAL}
    coefficients = fit_least_squares(encode_rows(train, NUMERIC, levels), [math.log(r["Sale_Price"]) for r in train])
    neighbourhoods = levels["Neighborhood"]
    effects = coefficients[1 + len(NUMERIC):len(NUMERIC) + len(neighbourhoods)]
    show.bar(neighbourhoods[1:], [round(100 * (math.exp(e) - 1), 1) for e in effects],
             title=f"Price difference from {neighbourhoods[0]}, other things equal (%)",
             x_label="Neighborhood", y_label="%")
