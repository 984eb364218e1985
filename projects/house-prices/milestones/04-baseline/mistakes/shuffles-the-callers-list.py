# mistake: shuffles the caller's list in place instead of a copy
# expect: changed its arguments
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
    """Return (train, test): a seeded shuffle of a copy, the first round(n * fraction) rows as test."""
    shuffled = rows
    random.Random(seed).shuffle(shuffled)
    test_size = round(len(shuffled) * test_fraction)
    return shuffled[test_size:], shuffled[:test_size]


def mae(actual, predicted):
    """Return the mean absolute error."""
    return sum(abs(a - p) for a, p in zip(actual, predicted)) / len(actual)


def rmse(actual, predicted):
    """Return the root mean squared error."""
    return math.sqrt(sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual))


def baseline_scores(train, test):
    """Predict every test price as the mean training price; return that prediction, MAE and RMSE."""
    prediction = sum(row["Sale_Price"] for row in train) / len(train)
    actual = [row["Sale_Price"] for row in test]
    guesses = [prediction] * len(actual)
    return {"prediction": prediction, "mae": mae(actual, guesses), "rmse": rmse(actual, guesses)}
