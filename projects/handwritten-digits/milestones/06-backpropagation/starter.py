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
    ...


def forward(params, image):
    """Return (hidden, probabilities): hidden = tanh(W1 x + b1), probabilities = softmax(W2 h + b2)."""
    ...


def network_loss(params, images, labels):
    """Mean cross-entropy of the network over the images."""
    ...


def backward(params, images, labels):
    """Gradients of network_loss by backpropagation: a dict with the same keys and shapes as params."""
    ...


def numerical_gradient(params, images, labels, name, row, column=None, epsilon=1e-5):
    """Central difference of network_loss for params[name][row][column] (or params[name][row]
    for a bias, column None). Leaves params as it found them."""
    ...


def gradient_check(params, images, labels, grads, epsilon=1e-5):
    """The largest relative difference |g - n| / max(|g| + |n|, 1e-8) between grads and the
    numerical gradient, over every weight and bias."""
    ...


if __name__ == "__main__":
    images, labels = load_digits("data/digits.csv")
    pixels = normalise(images)
    params = init_network(64, 5, 10, seed=0)
    hidden, probabilities = forward(params, pixels[0])
    print("untrained network on the first digit:", [round(p, 3) for p in probabilities])
    print("loss on 10 digits:", network_loss(params, pixels[:10], labels[:10]))
    grads = backward(params, pixels[:10], labels[:10])
    print("largest relative difference, backprop vs numerical:",
          gradient_check(params, pixels[:10], labels[:10], grads))
    show.bar([f"W2[{d}][0]" for d in range(10)], [grads["W2"][d][0] for d in range(10)],
             title="Gradient of the loss for the weights from hidden unit 0", x_label="weight", y_label="gradient")
