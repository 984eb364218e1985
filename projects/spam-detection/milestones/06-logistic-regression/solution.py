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
    """Return (train_rows, test_rows) standardised with the training rows' means and stds."""
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
    """Batch gradient descent from zero weights; return (weights, bias, losses per epoch)."""
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


def plot_losses(losses):
    """Draw the loss per epoch with show.line."""
    show.line(losses, title="Training loss", x_label="epoch", y_label="log loss")


if __name__ == "__main__":
    features, labels = load_spambase("data/spambase.csv")
    train_indices, test_indices = stratified_split(labels, 0.2, 42)
    train_rows, test_rows = standardise_split(features, train_indices, test_indices)
    train_labels = [labels[i] for i in train_indices]
    weights, bias, losses = train_logistic(train_rows, train_labels, 1.0, 50)
    plot_losses(losses)
    probabilities = predict_probabilities(weights, bias, test_rows)
    right = sum((p >= 0.5) == (labels[i] == 1) for p, i in zip(probabilities, test_indices))
    print(f"final loss {losses[-1]:.4f}; test accuracy {right / len(test_indices):.4f}")
