def train_test_split(rows, test_fraction, seed):
    """Return (train, test).

    Shuffle a copy of rows with random.Random(seed).shuffle; the first
    round(len(rows) * test_fraction) rows of the shuffled copy are the test set.
    """
    ...


def mae(actual, predicted):
    """Return the mean absolute error of the predictions."""
    ...


def rmse(actual, predicted):
    """Return the root mean squared error of the predictions."""
    ...


def baseline_scores(train, test):
    """Predict every test Sale_Price as the mean training Sale_Price.

    Return {"prediction": that mean, "mae": ..., "rmse": ...} measured on the test rows.
    """
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    rows = drop_large_houses(load_rows(DATA_PATH), 4000)
    train, test = train_test_split(rows, TEST_FRACTION, SEED)
    print(len(train), "training sales,", len(test), "test sales")
    scores = baseline_scores(train, test)
    show.table([scores], title="Predicting the average price for every house")
    show.histogram([row["Sale_Price"] - scores["prediction"] for row in test], bins=30,
                   title="Errors of the baseline on the test set", x_label="actual - predicted ($)")
