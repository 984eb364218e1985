# mistake: standardises the test rows with the test set's own statistics
# expect: Use the statistics of the training set only
import csv
import math
import random

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011
FEATURES = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Lot_Area", "Full_Bath"]
LEARNING_RATE = 0.1
EPOCHS = 120


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
    """Return (means, stds): the mean and sample standard deviation of every column."""
    n = len(matrix)
    means = [sum(column) / n for column in zip(*matrix)]
    stds = [math.sqrt(sum((x - m) ** 2 for x in column) / (n - 1)) for column, m in zip(zip(*matrix), means)]
    return means, stds


def standardise(matrix, means, stds):
    """Return a new matrix with every value x in column j replaced by (x - means[j]) / stds[j]."""
    return [[(x - m) / s for x, m, s in zip(row, means, stds)] for row in matrix]


def gradient_descent(X, y, learning_rate, epochs):
    """Fit y ~ X w + b by batch gradient descent on the mean squared error.

    Start from w = 0, b = 0. Return (weights, bias, losses) where losses[k] is the
    mean squared error at the start of epoch k.
    """
    n = len(X)
    weights = [0.0] * len(X[0])
    bias = 0.0
    losses = []
    for _ in range(epochs):
        errors = [sum(w * x for w, x in zip(weights, row)) + bias - target for row, target in zip(X, y)]
        losses.append(sum(e * e for e in errors) / n)
        gradient = [2 / n * sum(e * row[j] for e, row in zip(errors, X)) for j in range(len(weights))]
        weights = [w - learning_rate * g for w, g in zip(weights, gradient)]
        bias -= learning_rate * 2 / n * sum(errors)
    return weights, bias, losses


def predict(X, weights, bias):
    """Given: the predictions X w + b."""
    return [sum(w * x for w, x in zip(weights, row)) + bias for row in X]


def train_and_test(train, test, features, learning_rate, epochs):
    """Standardise with the training statistics, fit by gradient descent, measure RMSE on test."""
    train_X = feature_matrix(train, features)
    means, stds = column_stats(train_X)
    weights, bias, losses = gradient_descent(
        standardise(train_X, means, stds), [row["Sale_Price"] for row in train], learning_rate, epochs)
    test_matrix = feature_matrix(test, features)
    test_X = standardise(test_matrix, *column_stats(test_matrix))
    predictions = predict(test_X, weights, bias)
    return {"weights": weights, "bias": bias, "losses": losses,
            "test_rmse": rmse([row["Sale_Price"] for row in test], predictions)}
