# mistake: shuffles all rows together, so the spam share of the test part drifts
# expect: Shuffle and cut each class on its own
import csv
import math
import random


def load_spambase(path):
    """Return (features, labels): 57 floats per row; label 1 for spam, 0 for nonspam."""
    features, labels = [], []
    with open(path, newline="") as file:
        reader = csv.reader(file)
        next(reader)
        for row in reader:
            features.append([float(value) for value in row[:-1]])
            labels.append(1 if row[-1] == "spam" else 0)
    return features, labels


def stratified_split(labels, test_fraction, seed):
    """Return (train_indices, test_indices), sorted, with each class split on its own."""
    positions = list(range(len(labels)))
    random.Random(seed).shuffle(positions)
    cut = round(test_fraction * len(positions))
    return sorted(positions[cut:]), sorted(positions[:cut])


def column_means_and_variances(rows):
    columns = list(zip(*rows))
    means = [sum(column) / len(column) for column in columns]
    variances = [sum((x - m) ** 2 for x in column) / len(column) for column, m in zip(columns, means)]
    return means, variances


def fit_gaussian_nb(features, labels):
    """Return {label: {"log_prior", "means", "variances"}} with variances smoothed by epsilon."""
    epsilon = 1e-9 * max(column_means_and_variances(features)[1])
    model = {}
    for label in sorted(set(labels)):
        rows = [row for row, own in zip(features, labels) if own == label]
        means, variances = column_means_and_variances(rows)
        model[label] = {"log_prior": math.log(len(rows) / len(features)), "means": means,
                        "variances": [v + epsilon for v in variances]}
    return model


def predict_gaussian_nb(model, row):
    """Return the label with the highest log posterior for one row."""
    best_label, best_score = None, -math.inf
    for label, part in model.items():
        score = part["log_prior"]
        for x, m, v in zip(row, part["means"], part["variances"]):
            score -= 0.5 * math.log(2 * math.pi * v) + (x - m) ** 2 / (2 * v)
        if score > best_score:
            best_label, best_score = label, score
    return best_label


def test_accuracy(features, labels, train_indices, test_indices):
    """Fit on the training rows, return the accuracy on the test rows."""
    model = fit_gaussian_nb([features[i] for i in train_indices], [labels[i] for i in train_indices])
    right = sum(predict_gaussian_nb(model, features[i]) == labels[i] for i in test_indices)
    return right / len(test_indices)
