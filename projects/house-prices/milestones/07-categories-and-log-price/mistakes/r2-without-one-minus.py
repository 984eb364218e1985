# mistake: returns the unexplained share instead of 1 minus it
# expect: R² is 1 minus it


def r_squared(actual, predicted):
    """Return 1 - (sum of squared errors) / (sum of squared deviations of `actual` from its mean)."""
    centre = sum(actual) / len(actual)
    residual = sum((a - p) ** 2 for a, p in zip(actual, predicted))
    total = sum((a - centre) ** 2 for a in actual)
    return residual / total
