import math
import random

PARAMETER_NAMES = ("W1", "b1", "W2", "b2")


def softmax(scores):
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def affine(weights, biases, vector):
    return [sum(w * v for w, v in zip(row, vector)) + b for row, b in zip(weights, biases)]


def zeros_like(value):
    return [zeros_like(v) for v in value] if isinstance(value, list) else 0.0


def init_network(n_inputs, n_hidden, n_outputs, seed):
    rng = random.Random(seed)

    def layer(n_in, n_out):
        return [[rng.gauss(0, n_in ** -0.5) for _ in range(n_in)] for _ in range(n_out)]

    W1 = layer(n_inputs, n_hidden)
    W2 = layer(n_hidden, n_outputs)
    return {"W1": W1, "b1": [0.0] * n_hidden, "W2": W2, "b2": [0.0] * n_outputs}


def forward(params, image):
    hidden = [math.tanh(a) for a in affine(params["W1"], params["b1"], image)]
    return hidden, softmax(affine(params["W2"], params["b2"], hidden))


def network_loss(params, images, labels):
    return sum(-math.log(max(forward(params, x)[1][y], 1e-300)) for x, y in zip(images, labels)) / len(images)


def add_outer(matrix, left, right, scale):
    for row, a in zip(matrix, left):
        for j, b in enumerate(right):
            row[j] += scale * a * b


def backward(params, images, labels):
    grads = {name: zeros_like(params[name]) for name in PARAMETER_NAMES}
    share = 1.0 / len(images)
    transposed_W2 = list(zip(*params["W2"]))
    for image, label in zip(images, labels):
        hidden, probabilities = forward(params, image)
        delta2 = list(probabilities)
        delta2[label] -= 1.0
        delta1 = [(1 - h * h) * sum(w * d for w, d in zip(column, delta2)) for h, column in zip(hidden, transposed_W2)]
        add_outer(grads["W2"], delta2, hidden, share)
        add_outer(grads["W1"], delta1, image, share)
        grads["b2"] = [g + share * d for g, d in zip(grads["b2"], delta2)]
        grads["b1"] = [g + share * d for g, d in zip(grads["b1"], delta1)]
    return grads


def numerical_gradient(params, images, labels, name, row, column=None, epsilon=1e-5):
    holder, key = (params[name], row) if column is None else (params[name][row], column)
    original = holder[key]
    try:
        holder[key] = original + epsilon
        up = network_loss(params, images, labels)
        holder[key] = original - epsilon
        down = network_loss(params, images, labels)
    finally:
        holder[key] = original
    return (up - down) / (2 * epsilon)


def entries(value):
    if isinstance(value[0], list):
        return [(r, c) for r in range(len(value)) for c in range(len(value[r]))]
    return [(r, None) for r in range(len(value))]


def gradient_check(params, images, labels, grads, epsilon=1e-5):
    differences = []
    for name in PARAMETER_NAMES:
        for row, column in entries(params[name]):
            g = grads[name][row] if column is None else grads[name][row][column]
            n = numerical_gradient(params, images, labels, name, row, column, epsilon)
            differences.append(abs(g - n) / max(abs(g) + abs(n), 1e-8))
    return max(differences)
