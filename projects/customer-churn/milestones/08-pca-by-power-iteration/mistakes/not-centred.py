# mistake: skips the centring, so the "covariance" measures distance from zero, not spread
# expect: subtract each column's mean


def covariance_matrix(X):
    """The d x d sample covariance matrix of the columns of X (centred, divided by n - 1)."""
    n, d = len(X), len(X[0])
    return [[sum(row[a] * row[b] for row in X) / (n - 1) for b in range(d)] for a in range(d)]
