# Splits the ridge fit into small helpers (statistics, standardisation, penalised normal
# equations), marks fold membership with a list of booleans, and chooses alpha with an
# explicit loop over the scores.
import csv
import math
import random
import statistics

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011
FOLDS = 5
ALPHAS = [0.1, 1.0, 10.0, 100.0, 1000.0]
SMALL_TRAINING_SET = 150
NUMERIC = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Full_Bath", "Lot_Area"]
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


def category_levels(rows, column):
    return sorted({row[column] for row in rows})


def one_hot(value, levels):
    return [1.0 if value == level else 0.0 for level in levels[1:]]


def encode_rows(rows, numeric, levels):
    return [[row[name] for name in numeric]
            + [flag for column, column_levels in levels.items() for flag in one_hot(row[column], column_levels)]
            for row in rows]


def column_statistics(X):
    columns = [list(column) for column in zip(*X)]
    means = [statistics.fmean(column) for column in columns]
    stds = [statistics.stdev(column) if len(set(column)) > 1 else 1.0 for column in columns]
    return means, stds


def standardised(X, means, stds):
    return [[(x - m) / s for x, m, s in zip(row, means, stds)] for row in X]


def penalised_normal_equations(Z, centred_y, alpha):
    columns = [list(column) for column in zip(*Z)]
    gram = [[math.fsum(a * b for a, b in zip(left, right)) for right in columns] for left in columns]
    for j in range(len(gram)):
        gram[j][j] += alpha
    return gram, [math.fsum(a * t for a, t in zip(column, centred_y)) for column in columns]


def ridge_fit(X, y, alpha):
    means, stds = column_statistics(X)
    bias = statistics.fmean(y)
    gram, moments = penalised_normal_equations(standardised(X, means, stds), [t - bias for t in y], alpha)
    return {"means": means, "stds": stds, "weights": solve(gram, moments), "bias": bias}


def ridge_predict(model, X):
    Z = standardised(X, model["means"], model["stds"])
    return [model["bias"] + math.fsum(w * z for w, z in zip(model["weights"], row)) for row in Z]


def k_fold_indices(n, k, seed):
    order = list(range(n))
    random.Random(seed).shuffle(order)
    folds = [[] for _ in range(k)]
    for place, position in enumerate(order):
        folds[place % k].append(position)
    return folds


def cross_validate(X, y, alpha, k, seed):
    total = 0.0
    for fold in k_fold_indices(len(X), k, seed):
        in_fold = [False] * len(X)
        for position in fold:
            in_fold[position] = True
        model = ridge_fit([row for row, held in zip(X, in_fold) if not held],
                          [t for t, held in zip(y, in_fold) if not held], alpha)
        total += rmse([y[i] for i in fold], ridge_predict(model, [X[i] for i in fold]))
    return total / k


def choose_alpha(X, y, alphas, k, seed):
    best_alpha, best_score = None, math.inf
    for alpha in alphas:
        score = cross_validate(X, y, alpha, k, seed)
        if score < best_score:
            best_alpha, best_score = alpha, score
    return best_alpha
