import csv
import math
import random

from buildpath import show

DATA_PATH = "data/churn.csv"
USAGE = ["total_day_minutes", "total_eve_minutes", "total_night_minutes", "total_intl_minutes",
         "number_customer_service_calls", "number_vmail_messages"]
PCA_COLUMNS = ["total_day_minutes", "total_day_charge", "total_eve_minutes", "total_eve_charge",
               "total_night_minutes", "total_night_charge", "total_intl_minutes", "total_intl_charge",
               "number_customer_service_calls", "number_vmail_messages"]
SEED = 7
K = 4
MAX_ITERATIONS = 30
POWER_ITERATIONS = 1000
SAMPLE_STEP = 5


def load_usage(path, columns):
    """Given: (X, churn): the usage columns of every customer as floats, and 1 for each churner."""
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [[float(r[name]) for name in columns] for r in records], [1 if r["churn"] == "yes" else 0 for r in records]


def standardise(X):
    """Given: (Z, means, stds): each column minus its mean, divided by its population std (1 where that is 0)."""
    n = len(X)
    means = [sum(column) / n for column in zip(*X)]
    stds = [math.sqrt(sum((v - m) ** 2 for v in column) / n) or 1.0 for column, m in zip(zip(*X), means)]
    return [[(v - m) / s for v, m, s in zip(row, means, stds)] for row in X], means, stds


def squared_distance(a, b):
    """Given: the squared Euclidean distance."""
    return sum((x - y) ** 2 for x, y in zip(a, b))


def nearest(point, centroids):
    """Given: The index of the closest centroid by squared distance; the lowest index on a tie."""
    best, best_distance = 0, squared_distance(point, centroids[0])
    for index in range(1, len(centroids)):
        distance = squared_distance(point, centroids[index])
        if distance < best_distance:
            best, best_distance = index, distance
    return best


def kmeans(points, k, seed, max_iterations):
    """Given: Lloyd's algorithm from k seeded starting points: {"centroids", "labels", "inertia", "iterations"}."""
    rng = random.Random(seed)
    centroids = [list(points[i]) for i in rng.sample(range(len(points)), k)]
    labels = [nearest(p, centroids) for p in points]
    iterations = 0
    while iterations < max_iterations:
        for j in range(k):
            members = [p for p, label in zip(points, labels) if label == j]
            if members:
                centroids[j] = [sum(values) / len(members) for values in zip(*members)]
        iterations += 1
        updated = [nearest(p, centroids) for p in points]
        if updated == labels:
            break
        labels = updated
    inertia = sum(squared_distance(p, centroids[label]) for p, label in zip(points, labels))
    return {"centroids": centroids, "labels": labels, "inertia": inertia, "iterations": iterations}


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
