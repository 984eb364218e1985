# mistake: adds the gradient instead of subtracting it
# expect: Subtract learning_rate * gradient
import csv
import math
import random

from buildpath import show


# From milestones 1, 5 and 6 ---------------------------------------------------

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
        output_error = [p - (1.0 if d == label else 0.0) for d, p in enumerate(probabilities)]
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


# Milestone 7 ---------------------------------------------------------------

def sgd_step(params, grads, learning_rate):
    """Return new parameters: every entry minus learning_rate times its gradient."""
    updated = {}
    for name, value in params.items():
        if isinstance(value[0], list):
            updated[name] = [[w + learning_rate * g for w, g in zip(row, grad_row)]
                             for row, grad_row in zip(value, grads[name])]
        else:
            updated[name] = [w + learning_rate * g for w, g in zip(value, grads[name])]
    return updated


def predict_digit(params, image):
    """The digit the network gives the highest probability."""
    _, probabilities = forward(params, image)
    return probabilities.index(max(probabilities))


def evaluate(params, images, labels):
    """Accuracy of the network on the images."""
    return sum(predict_digit(params, image) == label for image, label in zip(images, labels)) / len(labels)


def train_network(images, labels, n_hidden, epochs, batch_size, learning_rate, seed):
    """Mini-batch gradient descent from init_network(len(images[0]), n_hidden, 10, seed),
    shuffling with random.Random(seed) every epoch. Return (params, history), history holding
    one {"epoch", "loss", "accuracy"} per epoch on the training images; print each as it comes."""
    params = init_network(len(images[0]), n_hidden, 10, seed)
    rng = random.Random(seed)
    order = list(range(len(images)))
    history = []
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            grads = backward(params, [images[i] for i in batch], [labels[i] for i in batch])
            params = sgd_step(params, grads, learning_rate)
        loss = network_loss(params, images, labels)
        right = evaluate(params, images, labels)
        history.append({"epoch": epoch, "loss": loss, "accuracy": right})
        print(f"epoch {epoch}/{epochs}: loss {loss:.3f}, training accuracy {right:.3f}")
    return params, history


def hidden_unit_images(params):
    """The incoming weights of each hidden unit as an 8x8 grid."""
    return [[row[r * 8:(r + 1) * 8] for r in range(8)] for row in params["W1"]]

