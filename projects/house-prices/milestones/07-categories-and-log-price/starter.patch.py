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
