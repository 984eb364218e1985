LEARNING_RATE = 0.001  # task 5: choose a better learning rate


EPOCHS = 20  # task 5: and a number of epochs, at most 300


def column_stats(matrix):
    """Return (means, stds): the mean and sample standard deviation (n - 1) of every column."""
    ...


def standardise(matrix, means, stds):
    """Return a new matrix with every x in column j replaced by (x - means[j]) / stds[j]."""
    ...


def gradient_descent(X, y, learning_rate, epochs):
    """Fit y ~ X w + b by batch gradient descent on the mean squared error.

    Start from w = 0 (one weight per column) and b = 0. Return (weights, bias, losses),
    where losses[k] is the mean squared error at the start of epoch k.
    """
    ...


def train_and_test(train, test, features, learning_rate, epochs):
    """Standardise with the training statistics, fit by gradient descent, measure on test.

    Return {"weights": ..., "bias": ..., "losses": ..., "test_rmse": ...}.
    """
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    rows = drop_large_houses(load_rows(DATA_PATH), 4000)
    train, test = train_test_split(rows, TEST_FRACTION, SEED)
    result = train_and_test(train, test, FEATURES, LEARNING_RATE, EPOCHS)
    print("test RMSE:", round(result["test_rmse"]), "dollars")
    show.table([{"feature": name, "weight": w} for name, w in zip(FEATURES, result["weights"])],
               title="Dollars per standard deviation of each feature")
    show.line(result["losses"], title="Training loss", x_label="epoch", y_label="mean squared error")
    curves = {}
    for rate in (0.01, 0.05, 0.3):
        curves[f"learning rate {rate}"] = train_and_test(train, test, FEATURES, rate, 30)["losses"]
    show.line(curves, title="Learning-rate effects (30 epochs)", x_label="epoch", y_label="mean squared error")
    print("learning rate 0.45, first epochs:", [f"{loss:.3g}" for loss in train_and_test(train, test, FEATURES, 0.45, 8)["losses"]])
