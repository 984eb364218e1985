# mistake: the threshold is tuned on the test part
# expect: choose the threshold on the validation part
import csv
import math
import operator
import random

from buildpath import show


def load_spambase(path):
    """Return (features, labels): 57 floats per row; label 1 for spam, 0 for nonspam (milestone 5)."""
    features, labels = [], []
    with open(path, newline="") as file:
        reader = csv.reader(file)
        next(reader)
        for row in reader:
            features.append([float(value) for value in row[:-1]])
            labels.append(1 if row[-1] == "spam" else 0)
    return features, labels


def stratified_split(labels, test_fraction, seed):
    """Return sorted (train_indices, test_indices), each class split on its own (milestone 5)."""
    rng = random.Random(seed)
    train, test = [], []
    for label in sorted(set(labels)):
        positions = [i for i, own in enumerate(labels) if own == label]
        rng.shuffle(positions)
        cut = round(test_fraction * len(positions))
        test += positions[:cut]
        train += positions[cut:]
    return sorted(train), sorted(test)


def standardise_split(features, train_indices, test_indices):
    """(milestone 6) Return (train_rows, test_rows) standardised with the training rows' means and stds."""
    train = [features[i] for i in train_indices]
    columns = list(zip(*train))
    means = [sum(column) / len(column) for column in columns]
    stds = []
    for column, mean in zip(columns, means):
        std = math.sqrt(sum((x - mean) ** 2 for x in column) / len(column))
        stds.append(std if std > 0 else 1.0)

    def scale(row):
        return [(x - m) / s for x, m, s in zip(row, means, stds)]

    return [scale(row) for row in train], [scale(features[i]) for i in test_indices]


def sigmoid(z):
    """Return 1 / (1 + e^-z) without overflowing for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def predict_probabilities(weights, bias, rows):
    """Return sigmoid(w · x + b) for every row."""
    return [sigmoid(sum(map(operator.mul, weights, row)) + bias) for row in rows]


def log_loss(labels, probabilities):
    clipped = [min(max(p, 1e-12), 1 - 1e-12) for p in probabilities]
    return -sum(y * math.log(p) + (1 - y) * math.log(1 - p)
                for y, p in zip(labels, clipped)) / len(labels)


def train_logistic(rows, labels, learning_rate, epochs):
    """(milestone 6) Batch gradient descent from zero weights; return (weights, bias, losses per epoch)."""
    n = len(rows)
    columns = list(zip(*rows))
    weights, bias, losses = [0.0] * len(columns), 0.0, []
    for _ in range(epochs):
        probabilities = predict_probabilities(weights, bias, rows)
        losses.append(log_loss(labels, probabilities))
        errors = [p - y for p, y in zip(probabilities, labels)]
        weights = [w - learning_rate * sum(map(operator.mul, errors, column)) / n
                   for w, column in zip(weights, columns)]
        bias -= learning_rate * sum(errors) / n
    return weights, bias, losses


def precision_recall_at(labels, scores, threshold):
    """Return (precision, recall) when every score >= threshold is called positive (label 1)."""
    tp = fp = fn = 0
    for y, score in zip(labels, scores):
        if score >= threshold:
            if y == 1:
                tp += 1
            else:
                fp += 1
        elif y == 1:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def precision_recall_curve(labels, scores):
    """Return [(threshold, precision, recall)] for every distinct score, smallest first."""
    return [(t, *precision_recall_at(labels, scores, t)) for t in sorted(set(scores))]


def threshold_for_precision(labels, scores, target):
    """Return the smallest distinct score whose precision reaches target, or None."""
    for threshold, precision, _ in precision_recall_curve(labels, scores):
        if precision >= target:
            return threshold
    return None


def total_cost(labels, scores, threshold, cost_fp, cost_fn):
    """Return cost_fp * false positives + cost_fn * false negatives at this threshold."""
    fp = sum(1 for y, s in zip(labels, scores) if s >= threshold and y == 0)
    fn = sum(1 for y, s in zip(labels, scores) if s < threshold and y == 1)
    return cost_fp * fp + cost_fn * fn


def choose_and_report(validation_labels, validation_scores, test_labels, test_scores, target):
    """Choose the threshold on the validation part; return (threshold, test precision, test recall)."""
    threshold = threshold_for_precision(test_labels, test_scores, target)
    return (threshold, *precision_recall_at(test_labels, test_scores, threshold))
