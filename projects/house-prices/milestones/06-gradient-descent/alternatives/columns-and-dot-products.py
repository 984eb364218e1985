# Works column by column: the gradient as dot products of the error list with each
# feature column, statistics from the statistics module, an explicit loop for the
# standardised rows, and a fixed learning rate chosen a bit higher.
import csv
import math
import random
import statistics

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011
FEATURES = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Lot_Area", "Full_Bath"]
LEARNING_RATE = 0.2
EPOCHS = 120


def parse_value(text):
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    with open(path, newline="") as file:
        return [{name: parse_value(text) for name, text in record.items()} for record in csv.DictReader(file)]


def drop_large_houses(rows, max_area):
    return [row for row in rows if row["Gr_Liv_Area"] <= max_area]


def train_test_split(rows, test_fraction, seed):
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    test_size = round(len(shuffled) * test_fraction)
    return shuffled[test_size:], shuffled[:test_size]


def rmse(actual, predicted):
    return math.sqrt(sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual))


def feature_matrix(rows, features):
    return [[row[name] for name in features] for row in rows]


def predict(X, weights, bias):
    return [sum(w * x for w, x in zip(weights, row)) + bias for row in X]


def column_stats(matrix):
    columns = list(zip(*matrix))
    return [statistics.fmean(c) for c in columns], [statistics.stdev(c) for c in columns]


def standardise(matrix, means, stds):
    scaled = []
    for row in matrix:
        scaled.append([(row[j] - means[j]) / stds[j] for j in range(len(row))])
    return scaled


def dot(a, b):
    return math.fsum(x * y for x, y in zip(a, b))


def gradient_descent(X, y, learning_rate, epochs):
    n = len(X)
    columns = [list(c) for c in zip(*X)]
    weights = [0.0 for _ in columns]
    bias = 0.0
    losses = []
    for _ in range(epochs):
        errors = [p - t for p, t in zip(predict(X, weights, bias), y)]
        losses.append(dot(errors, errors) / n)
        steps = [learning_rate * 2 * dot(errors, column) / n for column in columns]
        bias_step = learning_rate * 2 * math.fsum(errors) / n
        weights = [w - s for w, s in zip(weights, steps)]
        bias = bias - bias_step
    return weights, bias, losses


def train_and_test(train, test, features, learning_rate, epochs):
    train_matrix = feature_matrix(train, features)
    means, stds = column_stats(train_matrix)
    prices = [row["Sale_Price"] for row in train]
    weights, bias, losses = gradient_descent(standardise(train_matrix, means, stds), prices, learning_rate, epochs)
    predictions = predict(standardise(feature_matrix(test, features), means, stds), weights, bias)
    return {"weights": weights, "bias": bias, "losses": losses,
            "test_rmse": rmse([row["Sale_Price"] for row in test], predictions)}
