# Builds X^T X by transposing the design matrix and taking dot products of its columns,
# encodes categories with a dict from level to position, and computes R² from the
# statistics module's variance.
import csv
import math
import random
import statistics

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011
NUMERIC = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Full_Bath"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Central_Air"]


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


def solve(A, b):
    size = len(A)
    rows = [list(map(float, row)) + [float(value)] for row, value in zip(A, b)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-9 * max(1.0, max(abs(v) for v in rows[pivot][:size])):
            raise ValueError("the system has no single solution")
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, size):
            factor = rows[r][col] / rows[col][col]
            if factor:
                rows[r] = [a - factor * p for a, p in zip(rows[r], rows[col])]
    x = [0.0] * size
    for col in reversed(range(size)):
        x[col] = (rows[col][size] - sum(rows[col][k] * x[k] for k in range(col + 1, size))) / rows[col][col]
    return x


def predict_linear(X, coefficients):
    return [coefficients[0] + sum(w * x for w, x in zip(coefficients[1:], row)) for row in X]


def category_levels(rows, column):
    seen = set()
    for row in rows:
        seen.add(row[column])
    return sorted(seen)


def one_hot(value, levels):
    positions = {level: i for i, level in enumerate(levels)}
    flags = [0.0] * (len(levels) - 1)
    if positions.get(value, 0) > 0:
        flags[positions[value] - 1] = 1.0
    return flags


def encode_rows(rows, numeric, levels):
    encoded = []
    for row in rows:
        values = [row[name] for name in numeric]
        for column in levels:
            values.extend(one_hot(row[column], levels[column]))
        encoded.append(values)
    return encoded


def fit_least_squares(X, y):
    columns = [[1.0] * len(X)] + [list(column) for column in zip(*X)]
    gram = [[math.fsum(a * b for a, b in zip(left, right)) for right in columns] for left in columns]
    moments = [math.fsum(a * t for a, t in zip(column, y)) for column in columns]
    return solve(gram, moments)


def r_squared(actual, predicted):
    residual = math.fsum((a - p) ** 2 for a, p in zip(actual, predicted))
    return 1 - residual / (statistics.pvariance(actual) * len(actual))


def log_price_model(train, test, numeric, categorical):
    levels = {column: category_levels(train, column) for column in categorical}
    log_prices = [math.log(row["Sale_Price"]) for row in train]
    coefficients = fit_least_squares(encode_rows(train, numeric, levels), log_prices)
    predictions = [math.exp(z) for z in predict_linear(encode_rows(test, numeric, levels), coefficients)]
    actual = [row["Sale_Price"] for row in test]
    return {"r2": r_squared(actual, predictions), "rmse": rmse(actual, predictions)}
