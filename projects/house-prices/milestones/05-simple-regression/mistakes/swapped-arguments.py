# mistake: passes the prices as x and the feature as y
# expect: The roles of x and y are swapped


def evaluate_feature(train, test, feature):
    """Fit Sale_Price on one feature with the training rows; return the line and its test errors."""
    slope, intercept = fit_line([row["Sale_Price"] for row in train], [row[feature] for row in train])
    predictions = predict_line(slope, intercept, [row[feature] for row in test])
    actual = [row["Sale_Price"] for row in test]
    return {"slope": slope, "intercept": intercept,
            "mae": mae(actual, predictions), "rmse": rmse(actual, predictions)}
