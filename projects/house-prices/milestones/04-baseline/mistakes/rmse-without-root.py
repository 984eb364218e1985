# mistake: forgets the square root, returning the mean squared error
# expect: That is the mean squared error


def rmse(actual, predicted):
    """Return the root mean squared error."""
    return sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual)
