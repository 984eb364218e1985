# Shuffles a list of positions instead of the rows (the same permutation, since shuffle
# depends only on the length), and computes the errors with statistics.fmean and map.
import csv
import math
import random
import statistics

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011


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
    positions = list(range(len(rows)))
    generator = random.Random(seed)
    generator.shuffle(positions)
    cut = round(len(rows) * test_fraction)
    test = [rows[i] for i in positions[:cut]]
    train = [rows[i] for i in positions[cut:]]
    return train, test


def mae(actual, predicted):
    return statistics.fmean(map(lambda a, p: abs(a - p), actual, predicted))


def rmse(actual, predicted):
    return math.sqrt(statistics.fmean(map(lambda a, p: (a - p) ** 2, actual, predicted)))


def baseline_scores(train, test):
    prediction = statistics.fmean(row["Sale_Price"] for row in train)
    actual = [row["Sale_Price"] for row in test]
    constant = [prediction for _ in actual]
    return {"prediction": prediction, "mae": mae(actual, constant), "rmse": rmse(actual, constant)}
