# mistake: divides by n - 1, the sample standard deviation
# expect: population standard deviation


def standardise(X):
    """(Z, means, stds): each column minus its mean, divided by its population std (1 where that is 0)."""
    n = len(X)
    means = [sum(column) / n for column in zip(*X)]
    stds = [math.sqrt(sum((v - m) ** 2 for v in column) / (n - 1)) or 1.0 for column, m in zip(zip(*X), means)]
    return [[(v - m) / s for v, m, s in zip(row, means, stds)] for row in X], means, stds
