# Keeps each segment as a list of row positions, uses statistics.pstdev and fmean, and
# min() over (distance, index) pairs for the nearest centroid.
import statistics
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
    columns = list(zip(*X))
    means = [statistics.fmean(c) for c in columns]
    stds = [statistics.pstdev(c, m) or 1.0 for c, m in zip(columns, means)]
    return [[(v - m) / s for v, m, s in zip(row, means, stds)] for row in X], means, stds


def distance2(a, b):
    return sum((x - y) * (x - y) for x, y in zip(a, b))


def nearest(point, centroids):
    return min((distance2(point, c), i) for i, c in enumerate(centroids))[1]


def kmeans(points, k, seed, max_iterations):
    rng = random.Random(seed)
    centroids = [list(points[i]) for i in rng.sample(range(len(points)), k)]
    labels = [nearest(p, centroids) for p in points]
    done = 0
    for done in range(1, max_iterations + 1):
        groups = [[] for _ in range(k)]
        for position, label in enumerate(labels):
            groups[label].append(position)
        centroids = [[statistics.fmean(points[i][c] for i in group) for c in range(len(points[0]))] if group else old
                     for group, old in zip(groups, centroids)]
        new_labels = [nearest(p, centroids) for p in points]
        if new_labels == labels:
            break
        labels = new_labels
    inertia = sum(distance2(p, centroids[label]) for p, label in zip(points, labels))
    return {"centroids": centroids, "labels": labels, "inertia": inertia, "iterations": done}


def elbow(points, ks, seed, max_iterations):
    return [kmeans(points, k, seed, max_iterations)["inertia"] for k in ks]


def segment_customers(X, k, seed, max_iterations):
    result = kmeans(standardise(X)[0], k, seed, max_iterations)
    profiles = []
    for j in range(k):
        rows = [x for x, label in zip(X, result["labels"]) if label == j]
        profiles.append({"size": len(rows), "means": [statistics.fmean(c) for c in zip(*rows)] if rows else None})
    return {"labels": result["labels"], "inertia": result["inertia"], "profiles": profiles}
