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


def column_means_and_variances(rows):
    columns = list(zip(*rows))
    means = [sum(column) / len(column) for column in columns]
    variances = [sum((x - m) ** 2 for x in column) / len(column) for column, m in zip(columns, means)]
    return means, variances


def fit_gaussian_nb(features, labels):
    """(milestone 5) Return {label: {"log_prior", "means", "variances"}} with variances smoothed by epsilon."""
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


def disagreements(labels, predictions_a, predictions_b):
    """Return (only_a_right, only_b_right): how often exactly one model is right."""
    only_a = only_b = 0
    for y, a, b in zip(labels, predictions_a, predictions_b):
        if a == y and b != y:
            only_a += 1
        elif b == y and a != y:
            only_b += 1
    return only_a, only_b


def mcnemar_statistic(only_a_right, only_b_right):
    """Return McNemar's statistic with continuity correction; 0.0 when the models never disagree."""
    total = only_a_right + only_b_right
    if total == 0:
        return 0.0
    return (abs(only_a_right - only_b_right) - 1) ** 2 / total


def clearly_different(only_a_right, only_b_right):
    """Return True when McNemar's statistic exceeds 3.841 (5 % level, one degree of freedom)."""
    return mcnemar_statistic(only_a_right, only_b_right) > 3.841


def comparison_rows(labels, predictions):
    """Return one row per model: {"model", "accuracy", "precision", "recall", "f1"}, spam (1) positive."""
    rows = []
    for name, predicted in predictions.items():
        tp = sum(1 for y, p in zip(labels, predicted) if y == 1 and p == 1)
        fp = sum(1 for y, p in zip(labels, predicted) if y == 0 and p == 1)
        fn = sum(1 for y, p in zip(labels, predicted) if y == 1 and p == 0)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = sum(y == p for y, p in zip(labels, predicted)) / len(labels)
        rows.append({"model": name, "accuracy": accuracy, "precision": precision,
                     "recall": recall, "f1": f1})
    return rows


def both_models(features, labels, train, test):
    """Fit Gaussian naive Bayes and logistic regression on train; predict the test rows."""
    train_labels = [labels[i] for i in train]
    bayes = fit_gaussian_nb([features[i] for i in train], train_labels)
    bayes_predictions = [predict_gaussian_nb(bayes, features[i]) for i in test]
    train_rows, test_rows = standardise_split(features, train, test)
    weights, bias, _ = train_logistic(train_rows, train_labels, 1.0, 50)
    logistic_predictions = [int(p >= 0.5) for p in predict_probabilities(weights, bias, test_rows)]
    return bayes_predictions, logistic_predictions


if __name__ == "__main__":
    features, labels = load_spambase("data/spambase.csv")
    train, test = stratified_split(labels, 0.2, 42)
    bayes, logistic = both_models(features, labels, train, test)
    test_labels = [labels[i] for i in test]
    rows = comparison_rows(test_labels, {"Gaussian naive Bayes": bayes, "logistic regression": logistic})
    show.table(rows, title="Both models on the same 921 test e-mails")
    only_bayes, only_logistic = disagreements(test_labels, bayes, logistic)
    print("only naive Bayes right:", only_bayes, "only logistic regression right:", only_logistic)
    print("McNemar:", mcnemar_statistic(only_bayes, only_logistic),
          "clearly different:", clearly_different(only_bayes, only_logistic))
