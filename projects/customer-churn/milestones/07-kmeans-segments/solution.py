import csv
import math
import random

from buildpath import show

DATA_PATH = "data/churn.csv"
USAGE = ["total_day_minutes", "total_eve_minutes", "total_night_minutes", "total_intl_minutes",
         "number_customer_service_calls", "number_vmail_messages"]
SEED = 7
K = 4
KS = [1, 2, 3, 4, 5, 6, 7, 8]
MAX_ITERATIONS = 25
SAMPLE_STEP = 10


def load_usage(path, columns):
    """Given: (X, churn): the usage columns of every customer as floats, and 1 for each churner."""
    with open(path, newline="") as file:
        records = list(csv.DictReader(file))
    return [[float(r[name]) for name in columns] for r in records], [1 if r["churn"] == "yes" else 0 for r in records]


def standardise(X):
    """(Z, means, stds): each column minus its mean, divided by its population std (1 where that is 0)."""
    n = len(X)
    means = [sum(column) / n for column in zip(*X)]
    stds = [math.sqrt(sum((v - m) ** 2 for v in column) / n) or 1.0 for column, m in zip(zip(*X), means)]
    return [[(v - m) / s for v, m, s in zip(row, means, stds)] for row in X], means, stds


def squared_distance(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))


def nearest(point, centroids):
    """The index of the closest centroid by squared distance; the lowest index on a tie."""
    best, best_distance = 0, squared_distance(point, centroids[0])
    for index in range(1, len(centroids)):
        distance = squared_distance(point, centroids[index])
        if distance < best_distance:
            best, best_distance = index, distance
    return best


def kmeans(points, k, seed, max_iterations):
    """Lloyd's algorithm from k seeded starting points: {"centroids", "labels", "inertia", "iterations"}."""
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


def elbow(points, ks, seed, max_iterations):
    """The inertia of k-means for each k in ks."""
    return [kmeans(points, k, seed, max_iterations)["inertia"] for k in ks]


def segment_customers(X, k, seed, max_iterations):
    """k-means on the standardised columns; each segment's size and mean of the original columns."""
    Z, _, _ = standardise(X)
    result = kmeans(Z, k, seed, max_iterations)
    profiles = []
    for j in range(k):
        members = [row for row, label in zip(X, result["labels"]) if label == j]
        profiles.append({"size": len(members),
                         "means": [sum(values) / len(members) for values in zip(*members)] if members else None})
    return {"labels": result["labels"], "inertia": result["inertia"], "profiles": profiles}


if __name__ == "__main__":
    X, churn = load_usage(DATA_PATH, USAGE)
    X, churn = X[::SAMPLE_STEP], churn[::SAMPLE_STEP]
    Z, _, _ = standardise(X)
    show.line(elbow(Z, KS, SEED, MAX_ITERATIONS), x=KS, title="Elbow: inertia by number of segments",
              x_label="k", y_label="inertia")
    segments = segment_customers(X, K, SEED, MAX_ITERATIONS)
    rows = []
    for j, profile in enumerate(segments["profiles"]):
        churned = [c for c, label in zip(churn, segments["labels"]) if label == j]
        rows.append({"segment": j, "customers": profile["size"], "churn rate": sum(churned) / len(churned),
                     **{name: round(value, 1) for name, value in zip(USAGE, profile["means"])}})
    show.table(rows, title="The segments")
