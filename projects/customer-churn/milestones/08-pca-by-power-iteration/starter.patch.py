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


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    X, churn = load_usage(DATA_PATH, PCA_COLUMNS)
    X, churn = X[::SAMPLE_STEP], churn[::SAMPLE_STEP]
    Z, _, _ = standardise(X)
    pca = principal_components(Z, 4, POWER_ITERATIONS, SEED)
    show.bar([f"PC{i + 1}" for i in range(4)], pca["explained"], title="Share of the variance explained",
             y_label="share")
    coordinates = project(Z, [0.0] * len(PCA_COLUMNS), pca["components"][:2])
    segments = kmeans(standardise([[row[PCA_COLUMNS.index(name)] for name in USAGE] for row in X])[0], K, SEED,
                      MAX_ITERATIONS)["labels"]
    xs, ys = [c[0] for c in coordinates], [c[1] for c in coordinates]
    show.scatter(xs, ys, colors=[f"segment {s}" for s in segments], title="Customers on the first two components",
                 x_label="PC1", y_label="PC2")
    show.scatter(xs, ys, colors=["churned" if c else "stayed" for c in churn], title="The same customers, by churn",
                 x_label="PC1", y_label="PC2")
