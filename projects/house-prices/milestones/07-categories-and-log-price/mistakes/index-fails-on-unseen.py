# mistake: looks the value up with list.index, which fails for a category never seen in training
# expect: should give all zeros (treated like the reference), not an error
import csv
import math
import random

DATA_PATH = "data/ames.csv"
TEST_FRACTION = 0.2
SEED = 2011
NUMERIC = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Full_Bath"]
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
    """Return the sorted list of the distinct values of `column` in the rows."""
    return sorted({row[column] for row in rows})


def one_hot(value, levels):
    """Return 0/1 flags for levels[1:] (levels[0] is the reference); all zeros for an unseen value."""
    flags = [0.0] * (len(levels) - 1)
    position = levels.index(value)
    if position > 0:
        flags[position - 1] = 1.0
    return flags


def encode_rows(rows, numeric, levels):
    """Return one list per row: the numeric columns, then the one-hot flags of each column in `levels`."""
    return [[row[name] for name in numeric]
            + [flag for column, column_levels in levels.items() for flag in one_hot(row[column], column_levels)]
            for row in rows]


def fit_least_squares(X, y):
    """Return [b, w1, ..., wp] minimising the squared error, from the normal equations."""
    design = [[1.0] + list(row) for row in X]
    size = len(design[0])
    gram = [[sum(row[j] * row[k] for row in design) for k in range(size)] for j in range(size)]
    moments = [sum(row[j] * target for row, target in zip(design, y)) for j in range(size)]
    return solve(gram, moments)


def predict_linear(X, coefficients):
    """Given: the predictions b + w . x for every row of X."""
    return [coefficients[0] + sum(w * x for w, x in zip(coefficients[1:], row)) for row in X]


def r_squared(actual, predicted):
    """Return 1 - (sum of squared errors) / (sum of squared deviations of `actual` from its mean)."""
    centre = sum(actual) / len(actual)
    residual = sum((a - p) ** 2 for a, p in zip(actual, predicted))
    total = sum((a - centre) ** 2 for a in actual)
    return 1 - residual / total


def log_price_model(train, test, numeric, categorical):
    """Fit log(Sale_Price) on the encoded training rows; return R² and RMSE of the test prices in dollars."""
    levels = {column: category_levels(train, column) for column in categorical}
    coefficients = fit_least_squares(encode_rows(train, numeric, levels),
                                     [math.log(row["Sale_Price"]) for row in train])
    predictions = [math.exp(p) for p in predict_linear(encode_rows(test, numeric, levels), coefficients)]
    actual = [row["Sale_Price"] for row in test]
    return {"r2": r_squared(actual, predictions), "rmse": rmse(actual, predictions)}
