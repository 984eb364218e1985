import math
from statistics import fmean, pstdev

from buildpath import show


def standardise_split(features, train_indices, test_indices):
    train = [features[i] for i in train_indices]
    centres = [fmean(column) for column in zip(*train)]
    spreads = [pstdev(column) or 1.0 for column in zip(*train)]
    rescale = lambda row: [(x - c) / s for x, c, s in zip(row, centres, spreads)]
    return list(map(rescale, train)), [rescale(features[i]) for i in test_indices]


def sigmoid(z):
    return math.exp(-math.log1p(math.exp(-z))) if z >= 0 else math.exp(z - math.log1p(math.exp(z)))


def dot(a, b):
    return math.fsum(x * y for x, y in zip(a, b))


def predict_probabilities(weights, bias, rows):
    return [sigmoid(dot(weights, row) + bias) for row in rows]


def train_logistic(rows, labels, learning_rate, epochs):
    n = len(rows)
    parameters = [0.0] * (len(rows[0]) + 1)        # the bias is the last parameter
    extended = [row + [1.0] for row in rows]
    losses = []
    for _ in range(epochs):
        errors, loss = [], 0.0
        for row, y in zip(extended, labels):
            p = sigmoid(dot(parameters, row))
            p = min(max(p, 1e-12), 1 - 1e-12)
            loss -= math.log(p) if y == 1 else math.log(1 - p)
            errors.append(p - y)
        losses.append(loss / n)
        step = [learning_rate * dot(errors, column) / n for column in zip(*extended)]
        parameters = [w - s for w, s in zip(parameters, step)]
    return parameters[:-1], parameters[-1], losses


def plot_losses(losses):
    show.line(list(losses), title="Training loss", x_label="epoch", y_label="log loss")
