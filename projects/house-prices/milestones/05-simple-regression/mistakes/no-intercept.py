# mistake: fits a line through the origin, forgetting the intercept
# expect: the intercept is missing


def fit_line(xs, ys):
    """Return (slope, intercept) of the least-squares line y = slope * x + intercept."""
    slope = sum(x * y for x, y in zip(xs, ys)) / sum(x * x for x in xs)
    return slope, 0.0
