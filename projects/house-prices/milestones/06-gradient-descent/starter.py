import csv
import math
import random

from buildpath import show

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011
FEATURES = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Lot_Area", "Full_Bath"]
LEARNING_RATE = 0.001  # task 5: choose a better learning rate
EPOCHS = 20  # task 5: and a number of epochs, at most 300


def parse_value(text):
    """Given: the text as a float if it is a number, otherwise the text unchanged."""
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    """Given: the CSV file as a list of dicts, numbers converted to floats."""
    with open(path, newline="") as file:
        return [{name: parse_value(text) for name, text in record.items()} for record in csv.DictReader(file)]


def drop_large_houses(rows, max_area):
    """Given: the rows whose Gr_Liv_Area is at most max_area (De Cock's advice: 4000)."""
    return [row for row in rows if row["Gr_Liv_Area"] <= max_area]


def train_test_split(rows, test_fraction, seed):
    """Given: (train, test), a seeded shuffle of a copy, the first round(n * fraction) rows as test."""
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    test_size = round(len(shuffled) * test_fraction)
    return shuffled[test_size:], shuffled[:test_size]


def rmse(actual, predicted):
    """Given: the root mean squared error."""
    return math.sqrt(sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual))


def feature_matrix(rows, features):
    """Given: one list of feature values per row, in the order of `features`."""
    return [[row[name] for name in features] for row in rows]


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


def predict(X, weights, bias):
    """Given: the predictions X w + b."""
    return [sum(w * x for w, x in zip(weights, row)) + bias for row in X]


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
