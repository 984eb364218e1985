# mistake: uses t - p as the error, so every gradient has the wrong sign
# expect: has the wrong sign
import csv
import math
import random

from buildpath import show


# From milestones 1 and 2 ---------------------------------------------------

def load_digits(path):
    """Read the digits CSV: return (images, labels), each image a list of 64 ints."""
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(value) for value in row[:64]] for row in rows], [int(row[64]) for row in rows]


def accuracy(predicted, actual):
    """Fraction of positions where predicted equals actual."""
    return sum(p == a for p, a in zip(predicted, actual)) / len(actual)


# Milestone 5 ---------------------------------------------------------------

def normalise(images):
    """Return new images with every pixel divided by 16, so values lie in [0, 1]."""
    return [[value / 16 for value in image] for image in images]


def softmax(scores):
    """Turn a list of scores into probabilities that sum to 1, without overflowing."""
    largest = max(scores)
    exps = [math.exp(score - largest) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]


def class_scores(weights, biases, image):
    """W x + b: one score per class; weights has one row of len(image) numbers per class."""
    return [sum(w * x for w, x in zip(row, image)) + b for row, b in zip(weights, biases)]


def predict_probabilities(weights, biases, image):
    """softmax(W x + b)."""
    return softmax(class_scores(weights, biases, image))


def cross_entropy_loss(weights, biases, images, labels):
    """Mean of -log(probability given to the right label) over the images, computed as
    log(sum(exp(s))) - s[label] so that a very wrong model gives a large loss, not log(0)."""
    total = 0.0
    for image, label in zip(images, labels):
        scores = class_scores(weights, biases, image)
        largest = max(scores)
        log_total = largest + math.log(sum(math.exp(s - largest) for s in scores))
        total += log_total - scores[label]
    return total / len(images)


def gradients(weights, biases, images, labels):
    """Gradients of cross_entropy_loss: (grad_weights, grad_biases), same shapes as the parameters."""
    n_classes, n_pixels = len(weights), len(weights[0])
    grad_weights = [[0.0] * n_pixels for _ in range(n_classes)]
    grad_biases = [0.0] * n_classes
    for image, label in zip(images, labels):
        probabilities = predict_probabilities(weights, biases, image)
        for d in range(n_classes):
            error = (1.0 if d == label else 0.0) - probabilities[d]
            grad_biases[d] += error
            row = grad_weights[d]
            for i, x in enumerate(image):
                row[i] += error * x
    n = len(images)
    return [[g / n for g in row] for row in grad_weights], [g / n for g in grad_biases]


def predict(weights, biases, image):
    """The class with the highest probability."""
    probabilities = predict_probabilities(weights, biases, image)
    return probabilities.index(max(probabilities))


def train_softmax(images, labels, epochs, batch_size, learning_rate, seed):
    """Mini-batch gradient descent from zero weights. Return (weights, biases, history) where
    history has one dict {"epoch", "loss", "accuracy"} per epoch, measured on the training images."""
    n_classes, n_pixels = 10, len(images[0])
    weights = [[0.0] * n_pixels for _ in range(n_classes)]
    biases = [0.0] * n_classes
    rng = random.Random(seed)
    order = list(range(len(images)))
    history = []
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            grad_weights, grad_biases = gradients(weights, biases, [images[i] for i in batch], [labels[i] for i in batch])
            for d in range(n_classes):
                weights[d] = [w - learning_rate * g for w, g in zip(weights[d], grad_weights[d])]
                biases[d] -= learning_rate * grad_biases[d]
        loss = cross_entropy_loss(weights, biases, images, labels)
        right = accuracy([predict(weights, biases, image) for image in images], labels)
        history.append({"epoch": epoch, "loss": loss, "accuracy": right})
        print(f"epoch {epoch}: loss {loss:.3f}, training accuracy {right:.3f}")
    return weights, biases, history

