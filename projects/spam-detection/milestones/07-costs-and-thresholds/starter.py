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
    """Return (precision, recall) when every score >= threshold is called positive (label 1).

    Either is 0.0 when its denominator is 0.
    """
    ...


def precision_recall_curve(labels, scores):
    """Return a list of (threshold, precision, recall), one per distinct score, smallest first."""
    ...


def threshold_for_precision(labels, scores, target):
    """Return the smallest distinct score whose precision is at least target, or None."""
    ...


def total_cost(labels, scores, threshold, cost_fp, cost_fn):
    """Return cost_fp * (false positives) + cost_fn * (false negatives) at this threshold."""
    ...


def choose_and_report(validation_labels, validation_scores, test_labels, test_scores, target):
    """Choose the threshold on the validation part only; return (threshold, test precision, test recall)."""
    ...


def three_way_split(labels):
    """Stratified 60 % training, 20 % validation, 20 % test positions."""
    rest, test = stratified_split(labels, 0.2, 42)
    train_part, validation_part = stratified_split([labels[i] for i in rest], 0.25, 43)
    return [rest[i] for i in train_part], [rest[i] for i in validation_part], test


if __name__ == "__main__":
    features, labels = load_spambase("data/spambase.csv")
    train, validation, test = three_way_split(labels)
    train_rows, other_rows = standardise_split(features, train, validation + test)
    weights, bias, _ = train_logistic(train_rows, [labels[i] for i in train], 1.0, 50)
    scores = predict_probabilities(weights, bias, other_rows)
    validation_scores, test_scores = scores[:len(validation)], scores[len(validation):]
    validation_labels = [labels[i] for i in validation]
    test_labels = [labels[i] for i in test]
    curve = precision_recall_curve(validation_labels, validation_scores)
    show.line({"precision": [p for _, p, _ in curve], "recall": [r for _, _, r in curve]},
              x=[t for t, _, _ in curve], title="Precision and recall on the validation part",
              x_label="threshold", y_label="share")
    for name, threshold in [("0.5", 0.5), ("cheapest", min((t for t, _, _ in curve), key=lambda t:
                            total_cost(validation_labels, validation_scores, t, 10, 1)))]:
        print(f"threshold {name}: cost on validation",
              total_cost(validation_labels, validation_scores, threshold, 10, 1))
    print("for precision 0.95:", choose_and_report(validation_labels, validation_scores,
                                                   test_labels, test_scores, 0.95))
