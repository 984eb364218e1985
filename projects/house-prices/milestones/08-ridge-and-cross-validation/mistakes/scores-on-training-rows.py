# mistake: scores each model on the rows it was trained on
# expect: measure it on the held-out fold
import csv
import math
import random

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011
FOLDS = 5
ALPHAS = [0.1, 1.0, 10.0, 100.0, 1000.0]
SMALL_TRAINING_SET = 150
NUMERIC = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Full_Bath", "Lot_Area"]
CATEGORICAL = ["Neighborhood", "Bldg_Type", "Central_Air"]


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


def solve(A, b):
    """Given: the solution x of the square linear system A x = b (Gaussian elimination)."""
    size = len(A)
    rows = [list(map(float, row)) + [float(value)] for row, value in zip(A, b)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-9 * max(1.0, max(abs(v) for v in rows[pivot][:size])):
            raise ValueError("the system has no single solution: a column of X is all zeros or a sum of other "
                             "columns (check the one-hot columns)")
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, size):
            factor = rows[r][col] / rows[col][col]
            if factor:
                rows[r] = [a - factor * p for a, p in zip(rows[r], rows[col])]
    x = [0.0] * size
    for col in reversed(range(size)):
        x[col] = (rows[col][size] - sum(rows[col][k] * x[k] for k in range(col + 1, size))) / rows[col][col]
    return x


def category_levels(rows, column):
    """Given: the sorted list of the distinct values of `column` in the rows."""
    return sorted({row[column] for row in rows})


def one_hot(value, levels):
    """Given: 0/1 flags for levels[1:] (levels[0] is the reference); all zeros for an unseen value."""
    return [1.0 if value == level else 0.0 for level in levels[1:]]


def encode_rows(rows, numeric, levels):
    """Given: one list per row: the numeric columns, then the one-hot flags of each column in `levels`."""
    return [[row[name] for name in numeric]
            + [flag for column, column_levels in levels.items() for flag in one_hot(row[column], column_levels)]
            for row in rows]


def ridge_fit(X, y, alpha):
    """Fit ridge regression on X standardised with its own column statistics.

    Return {"means", "stds", "weights", "bias"}: bias is the mean of y, and the weights solve
    (Z^T Z + alpha I) w = Z^T (y - mean(y)) for the standardised matrix Z.
    """
    n = len(X)
    columns = list(zip(*X))
    means = [sum(column) / n for column in columns]
    stds = [math.sqrt(sum((x - m) ** 2 for x in column) / (n - 1)) or 1.0 for column, m in zip(columns, means)]
    Z = [[(x - m) / s for x, m, s in zip(row, means, stds)] for row in X]
    bias = sum(y) / n
    size = len(means)
    gram = [[sum(row[j] * row[k] for row in Z) + (alpha if j == k else 0.0) for k in range(size)] for j in range(size)]
    moments = [sum(row[j] * (target - bias) for row, target in zip(Z, y)) for j in range(size)]
    return {"means": means, "stds": stds, "weights": solve(gram, moments), "bias": bias}


def ridge_predict(model, X):
    """Return the predictions of a ridge model for the rows of X (standardised with the model's statistics)."""
    return [model["bias"] + sum(w * (x - m) / s for w, x, m, s in zip(model["weights"], row, model["means"], model["stds"]))
            for row in X]


def k_fold_indices(n, k, seed):
    """Return k lists of positions: shuffle range(n) with random.Random(seed); fold i takes every k-th from i."""
    positions = list(range(n))
    random.Random(seed).shuffle(positions)
    return [positions[i::k] for i in range(k)]


def cross_validate(X, y, alpha, k, seed):
    """Return the mean over the k folds of the RMSE of a ridge model trained on the other folds."""
    scores = []
    for fold in k_fold_indices(len(X), k, seed):
        held_out = set(fold)
        train_X = [row for i, row in enumerate(X) if i not in held_out]
        train_y = [target for i, target in enumerate(y) if i not in held_out]
        model = ridge_fit(train_X, train_y, alpha)
        scores.append(rmse(train_y, ridge_predict(model, train_X)))
    return sum(scores) / k


def choose_alpha(X, y, alphas, k, seed):
    """Return the alpha with the lowest cross-validated RMSE (the first one on a tie)."""
    return min(alphas, key=lambda alpha: cross_validate(X, y, alpha, k, seed))
