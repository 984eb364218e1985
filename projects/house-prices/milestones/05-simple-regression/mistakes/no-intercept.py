# mistake: fits a line through the origin, forgetting the intercept
# expect: the intercept is missing
import csv
import math
import random

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011


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


def mae(actual, predicted):
    """Given: the mean absolute error."""
    return sum(abs(a - p) for a, p in zip(actual, predicted)) / len(actual)


def rmse(actual, predicted):
    """Given: the root mean squared error."""
    return math.sqrt(sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual))


def fit_line(xs, ys):
    """Return (slope, intercept) of the least-squares line y = slope * x + intercept."""
    slope = sum(x * y for x, y in zip(xs, ys)) / sum(x * x for x in xs)
    return slope, 0.0


def predict_line(slope, intercept, xs):
    """Return the predictions slope * x + intercept for every x."""
    return [slope * x + intercept for x in xs]


def evaluate_feature(train, test, feature):
    """Fit Sale_Price on one feature with the training rows; return the line and its test errors."""
    slope, intercept = fit_line([row[feature] for row in train], [row["Sale_Price"] for row in train])
    predictions = predict_line(slope, intercept, [row[feature] for row in test])
    actual = [row["Sale_Price"] for row in test]
    return {"slope": slope, "intercept": intercept,
            "mae": mae(actual, predictions), "rmse": rmse(actual, predictions)}
