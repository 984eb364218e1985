del multiply
del unit


def covariance_matrix(X):
    """The d x d sample covariance matrix of the columns of X (centred, divided by n - 1)."""
    ...


def power_iteration(matrix, iterations, seed):
    """(eigenvalue, unit eigenvector) of the largest eigenvalue, the largest-magnitude entry made positive."""
    ...


def principal_components(X, k, iterations, seed):
    """The first k components by power iteration and deflation, with their variances and explained shares."""
    ...


def project(X, means, components):
    """Each row's coordinates along the components, after subtracting the column means."""
    ...
