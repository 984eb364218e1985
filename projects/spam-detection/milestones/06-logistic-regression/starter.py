import csv
import math
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
    """Return (train_rows, test_rows), standardised with the training rows' means and stds.

    Use population standard deviations; a standard deviation of 0 becomes 1.
    """
    ...


def sigmoid(z):
    """Return 1 / (1 + e^-z) without overflowing for large |z|."""
    ...


def train_logistic(rows, labels, learning_rate, epochs):
    """Batch gradient descent from zero weights and bias.

    Each epoch: compute the probabilities, append the log loss (probabilities clipped to
    [1e-12, 1 - 1e-12]), then step against the gradient. Return (weights, bias, losses).
    """
    ...


def predict_probabilities(weights, bias, rows):
    """Return sigmoid(w · x + b) for every row."""
    ...


def plot_losses(losses):
    """Draw the losses with show.line, title "Training loss", x_label "epoch", y_label "log loss"."""
    ...


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
