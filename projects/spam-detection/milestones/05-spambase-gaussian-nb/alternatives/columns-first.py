import csv
import math
import random
from statistics import fmean, pvariance


def load_spambase(path):
    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != "type"]
    return [[float(row[n]) for n in names] for row in rows], [int(row["type"] == "spam") for row in rows]


def stratified_split(labels, test_fraction, seed):
    rng = random.Random(seed)
    by_class = {}
    for index, label in enumerate(labels):
        by_class.setdefault(label, []).append(index)
    test = set()
    for label in sorted(by_class):
        group = by_class[label]
        rng.shuffle(group)
        test.update(group[: round(test_fraction * len(group))])
    return [i for i in range(len(labels)) if i not in test], sorted(test)


def fit_gaussian_nb(features, labels):
    epsilon = 1e-9 * max(pvariance(column) for column in zip(*features))
    model = {}
    for label in set(labels):
        columns = list(zip(*(x for x, y in zip(features, labels) if y == label)))
        model[label] = {
            "log_prior": math.log(labels.count(label) / len(labels)),
            "means": [fmean(c) for c in columns],
            "variances": [pvariance(c) + epsilon for c in columns],
        }
    return model


def log_density(x, mean, variance):
    return -0.5 * (math.log(2 * math.pi * variance) + (x - mean) ** 2 / variance)


def predict_gaussian_nb(model, row):
    def score(label):
        part = model[label]
        return part["log_prior"] + sum(map(log_density, row, part["means"], part["variances"]))
    return max(model, key=score)


def test_accuracy(features, labels, train_indices, test_indices):
    model = fit_gaussian_nb([features[i] for i in train_indices], [labels[i] for i in train_indices])
    hits = [predict_gaussian_nb(model, features[i]) == labels[i] for i in test_indices]
    return sum(hits) / len(hits)
