# The slope as covariance / variance from the statistics module (the n - 1 factors cancel),
# and map() for the predictions.
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
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    test_size = round(len(shuffled) * test_fraction)
    return shuffled[test_size:], shuffled[:test_size]


def mae(actual, predicted):
    return sum(abs(a - p) for a, p in zip(actual, predicted)) / len(actual)


def rmse(actual, predicted):
    return math.sqrt(sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual))


def fit_line(xs, ys):
    slope = statistics.covariance(xs, ys) / statistics.variance(xs)
    intercept = statistics.fmean(ys) - slope * statistics.fmean(xs)
    return slope, intercept


def predict_line(slope, intercept, xs):
    return list(map(lambda x: slope * x + intercept, xs))


def evaluate_feature(train, test, feature):
    slope, intercept = fit_line([r[feature] for r in train], [r["Sale_Price"] for r in train])
    actual = [r["Sale_Price"] for r in test]
    predicted = predict_line(slope, intercept, [r[feature] for r in test])
    return dict(slope=slope, intercept=intercept, mae=mae(actual, predicted), rmse=rmse(actual, predicted))
