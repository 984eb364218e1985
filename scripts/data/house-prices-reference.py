"""Independent reference figures for the house-prices pack, computed with NumPy, SciPy and
scikit-learn rather than with the pack's own solutions.

    /usr/bin/python3 scripts/data/house-prices-reference.py > projects/house-prices/data/reference-figures.json

Only the train/test split follows the pack's recipe (a copy shuffled with
random.Random(2011), the first round(0.2 * n) sales as the test set), because the figures
must describe the same houses.
"""

import csv
import json
import os
import random
import warnings

import numpy
import scipy
import scipy.stats
import sklearn
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.preprocessing import OneHotEncoder

DATA = os.path.join(os.path.dirname(__file__), "../../projects/house-prices/data/ames.csv")
SEED, TEST_FRACTION, MAX_AREA = 2011, 0.2, 4000
GD_FEATURES = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Lot_Area", "Full_Bath"]
LOG_NUMERIC = ["Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Full_Bath"]
LOG_CATEGORICAL = ["Neighborhood", "Bldg_Type", "Central_Air"]
RIDGE_NUMERIC = LOG_NUMERIC + ["Lot_Area"]
RIDGE_ROWS, RIDGE_ALPHAS, RIDGE_FOLDS = 150, [0.1, 1.0, 10.0, 100.0, 1000.0], 5


def read_sales():
    with open(DATA, newline="") as file:
        return list(csv.DictReader(file))


def numbers(rows, column):
    return numpy.array([float(row[column]) for row in rows])


def matrix(rows, columns):
    return numpy.column_stack([numbers(rows, c) for c in columns])


def rmse(actual, predicted):
    return float(numpy.sqrt(mean_squared_error(actual, predicted)))


def split(rows):
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    cut = round(len(rows) * TEST_FRACTION)
    return [rows[i] for i in order[cut:]], [rows[i] for i in order[:cut]]


def folds(n):
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    return [order[i::RIDGE_FOLDS] for i in range(RIDGE_FOLDS)]


def standardised_ridge(X, y, alpha):
    """Ridge on columns standardised with their sample std (1 for a constant column), as the pack defines it."""
    means, stds = X.mean(axis=0), X.std(axis=0, ddof=1)
    stds[stds == 0] = 1.0
    model = Ridge(alpha=alpha).fit((X - means) / stds, y)
    return model, (lambda new: model.predict((new - means) / stds))


def ridge_figures(train, test):
    small = train[:RIDGE_ROWS]
    encoder = OneHotEncoder(drop="first", handle_unknown="ignore")
    encoder.fit([[row[c] for c in LOG_CATEGORICAL] for row in small])

    def encode(rows):
        flags = encoder.transform([[row[c] for c in LOG_CATEGORICAL] for row in rows]).toarray()
        return numpy.hstack([matrix(rows, RIDGE_NUMERIC), flags])

    X, y = encode(small), numpy.log(numbers(small, "Sale_Price"))
    cv = {}
    for alpha in RIDGE_ALPHAS:
        scores = []
        for fold in folds(len(small)):
            kept = numpy.setdiff1d(numpy.arange(len(small)), fold)
            _, predict = standardised_ridge(X[kept], y[kept], alpha)
            scores.append(rmse(y[fold], predict(X[fold])))
        cv[str(alpha)] = float(numpy.mean(scores))
    best = min(RIDGE_ALPHAS, key=lambda alpha: cv[str(alpha)])
    model, predict = standardised_ridge(X, y, best)
    return {"rows": RIDGE_ROWS, "numeric": RIDGE_NUMERIC, "categorical": LOG_CATEGORICAL, "folds": RIDGE_FOLDS,
            "cv_rmse_log_price": cv, "chosen_alpha": best, "weights": [float(w) for w in model.coef_],
            "bias": float(model.intercept_),
            "test_rmse": rmse(numbers(test, "Sale_Price"), numpy.exp(predict(encode(test))))}


def describe(values):
    return {"mean": float(numpy.mean(values)), "median": float(numpy.median(values)),
            "std": float(numpy.std(values, ddof=1)), "skewness": float(scipy.stats.skew(values, bias=True))}


def main():
    # Test houses from neighbourhoods missing in the small ridge training set are encoded as
    # all zeros, as the pack's one_hot does; scikit-learn warns about each of them.
    warnings.filterwarnings("ignore", message="Found unknown categories")
    sales = read_sales()
    prices = numbers(sales, "Sale_Price")
    areas = numbers(sales, "Gr_Liv_Area")
    kept = [row for row in sales if float(row["Gr_Liv_Area"]) <= MAX_AREA]
    train, test = split(kept)
    y_train, y_test = numbers(train, "Sale_Price"), numbers(test, "Sale_Price")

    baseline = numpy.full(len(test), y_train.mean())

    line = LinearRegression().fit(matrix(train, ["Gr_Liv_Area"]), y_train)
    line_pred = line.predict(matrix(test, ["Gr_Liv_Area"]))

    multi = LinearRegression().fit(matrix(train, GD_FEATURES), y_train)
    multi_pred = multi.predict(matrix(test, GD_FEATURES))
    train_stds = matrix(train, GD_FEATURES).std(axis=0, ddof=1)
    best_train_mse = float(mean_squared_error(y_train, multi.predict(matrix(train, GD_FEATURES))))

    encoder = OneHotEncoder(drop="first", handle_unknown="ignore")
    encoder.fit([[row[c] for c in LOG_CATEGORICAL] for row in train])

    def encode(rows):
        flags = encoder.transform([[row[c] for c in LOG_CATEGORICAL] for row in rows]).toarray()
        return numpy.hstack([matrix(rows, LOG_NUMERIC), flags])

    log_model = LinearRegression().fit(encode(train), numpy.log(y_train))
    log_pred = numpy.exp(log_model.predict(encode(test)))
    numeric_only = LinearRegression().fit(matrix(train, LOG_NUMERIC), numpy.log(y_train))
    numeric_pred = numpy.exp(numeric_only.predict(matrix(test, LOG_NUMERIC)))

    figures = {
        "command": "/usr/bin/python3 scripts/data/house-prices-reference.py",
        "libraries": {"numpy": numpy.__version__, "scipy": scipy.__version__, "scikit-learn": sklearn.__version__},
        "sales": len(sales),
        "prices": describe(prices),
        "log_prices": describe(numpy.log(prices)),
        "correlation_area_price": float(numpy.corrcoef(areas, prices)[0, 1]),
        "sales_over_4000_sq_ft": int((areas > MAX_AREA).sum()),
        "correlation_area_price_without_them": float(numpy.corrcoef(numbers(kept, "Gr_Liv_Area"),
                                                                    numbers(kept, "Sale_Price"))[0, 1]),
        "split": {"seed": SEED, "test_fraction": TEST_FRACTION, "train": len(train), "test": len(test)},
        "baseline": {"prediction": float(y_train.mean()), "mae": float(mean_absolute_error(y_test, baseline)),
                     "rmse": rmse(y_test, baseline)},
        "simple_regression_gr_liv_area": {
            "slope": float(line.coef_[0]), "intercept": float(line.intercept_),
            "mae": float(mean_absolute_error(y_test, line_pred)), "rmse": rmse(y_test, line_pred)},
        "multiple_regression": {
            "features": GD_FEATURES,
            "standardised_weights": [float(c * s) for c, s in zip(multi.coef_, train_stds)],
            "bias": float(y_train.mean()),
            "best_train_mse": best_train_mse,
            "test_rmse": rmse(y_test, multi_pred)},
        "log_price_model": {
            "numeric": LOG_NUMERIC, "categorical": LOG_CATEGORICAL,
            "r2": float(r2_score(y_test, log_pred)), "rmse": rmse(y_test, log_pred),
            "numeric_only_r2": float(r2_score(y_test, numeric_pred)), "numeric_only_rmse": rmse(y_test, numeric_pred)},
        "ridge_small_training_set": ridge_figures(train, test),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
