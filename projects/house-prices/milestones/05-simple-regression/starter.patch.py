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
