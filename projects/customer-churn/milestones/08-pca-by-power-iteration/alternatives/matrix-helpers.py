# Covariance from a transposed, centred table; power iteration with math.hypot for the
# length; deflation with an outer product built by a comprehension.
import math
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
    columns = [list(c) for c in zip(*X)]
    centred = [[v - sum(c) / len(c) for v in c] for c in columns]
    n = len(X)
    return [[math.fsum(a * b for a, b in zip(ca, cb)) / (n - 1) for cb in centred] for ca in centred]


def power_iteration(matrix, iterations, seed):
    rng = random.Random(seed)
    v = [rng.gauss(0.0, 1.0) for _ in range(len(matrix))]
    length = math.hypot(*v)
    v = [x / length for x in v]
    for _ in range(iterations):
        w = [sum(a * b for a, b in zip(row, v)) for row in matrix]
        length = math.hypot(*w)
        v = [x / length for x in w]
    sign = 1.0
    biggest = 0.0
    for x in v:
        if abs(x) > biggest:
            biggest, sign = abs(x), (1.0 if x > 0 else -1.0)
    v = [sign * x for x in v]
    mv = [sum(a * b for a, b in zip(row, v)) for row in matrix]
    return sum(a * b for a, b in zip(v, mv)), v


def principal_components(X, k, iterations, seed):
    c = covariance_matrix(X)
    trace = sum(c[i][i] for i in range(len(c)))
    result = {"components": [], "variances": [], "explained": []}
    for i in range(k):
        value, v = power_iteration(c, iterations, seed + i)
        outer = [[value * a * b for b in v] for a in v]
        c = [[x - y for x, y in zip(row, outer_row)] for row, outer_row in zip(c, outer)]
        result["components"].append(v)
        result["variances"].append(value)
        result["explained"].append(value / trace)
    return result


def project(X, means, components):
    centred = [[v - m for v, m in zip(row, means)] for row in X]
    return [[math.fsum(a * b for a, b in zip(row, v)) for v in components] for row in centred]
