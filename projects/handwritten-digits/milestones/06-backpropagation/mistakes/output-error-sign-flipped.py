# mistake: takes t - p as the output error, so every gradient has the wrong sign
# expect: every gradient has the wrong sign
import csv
import math
import random

from buildpath import show


# From milestones 1 and 5 ---------------------------------------------------

def load_digits(path):
    """Read the digits CSV: return (images, labels), each image a list of 64 ints."""
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(value) for value in row[:64]] for row in rows], [int(row[64]) for row in rows]


def normalise(images):
    """Return new images with every pixel divided by 16."""
    return [[value / 16 for value in image] for image in images]


def softmax(scores):
    """Probabilities from scores, subtracting the largest score first."""
    largest = max(scores)
    exps = [math.exp(score - largest) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]


# Milestone 6 ---------------------------------------------------------------

def init_network(n_inputs, n_hidden, n_outputs, seed):
    """Random weights (Gaussian, standard deviation 1/sqrt(inputs of the layer)) drawn from
    random.Random(seed), zero biases: a dict with W1 (n_hidden x n_inputs), b1, W2
    (n_outputs x n_hidden) and b2."""
    rng = random.Random(seed)
    spread1, spread2 = 1 / math.sqrt(n_inputs), 1 / math.sqrt(n_hidden)
    return {
        "W1": [[rng.gauss(0, spread1) for _ in range(n_inputs)] for _ in range(n_hidden)],
        "b1": [0.0] * n_hidden,
        "W2": [[rng.gauss(0, spread2) for _ in range(n_hidden)] for _ in range(n_outputs)],
        "b2": [0.0] * n_outputs,
    }


def forward(params, image):
    """Return (hidden, probabilities): hidden = tanh(W1 x + b1), probabilities = softmax(W2 h + b2)."""
    hidden = [math.tanh(sum(w * x for w, x in zip(row, image)) + b)
              for row, b in zip(params["W1"], params["b1"])]
    scores = [sum(w * h for w, h in zip(row, hidden)) + b for row, b in zip(params["W2"], params["b2"])]
    return hidden, softmax(scores)


def network_loss(params, images, labels):
    """Mean cross-entropy of the network over the images."""
    total = 0.0
    for image, label in zip(images, labels):
        _, probabilities = forward(params, image)
        total -= math.log(max(probabilities[label], 1e-300))
    return total / len(images)


def backward(params, images, labels):
    """Gradients of network_loss by backpropagation: a dict with the same keys and shapes as params."""
    W1, W2 = params["W1"], params["W2"]
    W2_columns = [list(column) for column in zip(*W2)]
    grad_W1 = [[0.0] * len(row) for row in W1]
    grad_b1 = [0.0] * len(W1)
    grad_W2 = [[0.0] * len(row) for row in W2]
    grad_b2 = [0.0] * len(W2)
    for image, label in zip(images, labels):
        hidden, probabilities = forward(params, image)
        output_error = [(1.0 if d == label else 0.0) - p for d, p in enumerate(probabilities)]
        for d, error in enumerate(output_error):
            grad_b2[d] += error
            grad_W2[d] = [g + error * h for g, h in zip(grad_W2[d], hidden)]
        hidden_error = [sum(w * e for w, e in zip(W2_columns[k], output_error)) * (1 - hidden[k] ** 2)
                        for k in range(len(hidden))]
        for k, error in enumerate(hidden_error):
            grad_b1[k] += error
            grad_W1[k] = [g + error * x for g, x in zip(grad_W1[k], image)]
    n = len(images)
    return {
        "W1": [[g / n for g in row] for row in grad_W1],
        "b1": [g / n for g in grad_b1],
        "W2": [[g / n for g in row] for row in grad_W2],
        "b2": [g / n for g in grad_b2],
    }


def numerical_gradient(params, images, labels, name, row, column=None, epsilon=1e-5):
    """Central difference of network_loss for params[name][row][column] (or params[name][row]
    for a bias, column None). Leaves params as it found them."""
    def nudge(amount):
        if column is None:
            params[name][row] += amount
        else:
            params[name][row][column] += amount

    nudge(epsilon)
    loss_up = network_loss(params, images, labels)
    nudge(-2 * epsilon)
    loss_down = network_loss(params, images, labels)
    nudge(epsilon)
    return (loss_up - loss_down) / (2 * epsilon)


def gradient_check(params, images, labels, grads, epsilon=1e-5):
    """The largest relative difference |g - n| / max(|g| + |n|, 1e-8) between grads and the
    numerical gradient, over every weight and bias."""
    worst = 0.0
    for name, value in params.items():
        for row in range(len(value)):
            columns = range(len(value[row])) if isinstance(value[row], list) else [None]
            for column in columns:
                analytic = grads[name][row] if column is None else grads[name][row][column]
                numeric = numerical_gradient(params, images, labels, name, row, column, epsilon)
                worst = max(worst, abs(analytic - numeric) / max(abs(analytic) + abs(numeric), 1e-8))
    return worst

