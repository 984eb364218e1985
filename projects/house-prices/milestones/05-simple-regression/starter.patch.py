def fit_line(xs, ys):
    """Return (slope, intercept) of the least-squares line y = slope * x + intercept."""
    ...


def predict_line(slope, intercept, xs):
    """Return the list of predictions slope * x + intercept, one per x."""
    ...


def evaluate_feature(train, test, feature):
    """Fit Sale_Price on `feature` with the training rows; predict the test rows.

    Return {"slope": ..., "intercept": ..., "mae": ..., "rmse": ...} (errors on the test rows).
    """
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    rows = drop_large_houses(load_rows(DATA_PATH), 4000)
    train, test = train_test_split(rows, TEST_FRACTION, SEED)
    mean_price = sum(row["Sale_Price"] for row in train) / len(train)
    baseline = rmse([row["Sale_Price"] for row in test], [mean_price] * len(test))
    results = [{"feature": "(baseline: mean price)", "rmse": baseline}]
    for feature in ("Gr_Liv_Area", "Year_Built", "Total_Bsmt_SF", "Garage_Area", "Lot_Area"):
        results.append({"feature": feature, **evaluate_feature(train, test, feature)})
    show.table(results, title="One feature at a time, errors on the test set ($)")
    best = evaluate_feature(train, test, "Gr_Liv_Area")
    show.scatter([row["Gr_Liv_Area"] for row in train], [row["Sale_Price"] for row in train],
                 title="Training sales and the fitted line", x_label="Gr_Liv_Area", y_label="Sale_Price",
                 line=(best["slope"], best["intercept"]))
