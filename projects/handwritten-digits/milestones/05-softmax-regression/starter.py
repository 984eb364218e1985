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
    ...


def softmax(scores):
    """Turn a list of scores into probabilities that sum to 1, without overflowing."""
    ...


def class_scores(weights, biases, image):
    """W x + b: one score per class; weights has one row of len(image) numbers per class."""
    ...


def predict_probabilities(weights, biases, image):
    """softmax(W x + b)."""
    ...


def cross_entropy_loss(weights, biases, images, labels):
    """Mean of -log(probability given to the right label) over the images, computed as
    log(sum(exp(s))) - s[label] so that a very wrong model gives a large loss, not log(0)."""
    ...


def gradients(weights, biases, images, labels):
    """Gradients of cross_entropy_loss: (grad_weights, grad_biases), same shapes as the parameters."""
    ...


def predict(weights, biases, image):
    """The class with the highest probability."""
    ...


def train_softmax(images, labels, epochs, batch_size, learning_rate, seed):
    """Mini-batch gradient descent from zero weights. Return (weights, biases, history) where
    history has one dict {"epoch", "loss", "accuracy"} per epoch, measured on the training images."""
    ...


if __name__ == "__main__":
    images, labels = load_digits("data/digits.csv")
    pixels = normalise(images)
    weights, biases, history = train_softmax(pixels[:1000], labels[:1000], epochs=15, batch_size=32,
                                             learning_rate=0.5, seed=1)
    show.line([step["loss"] for step in history], x=[step["epoch"] for step in history],
              title="Training loss", x_label="epoch", y_label="cross-entropy")
    show.line({"training accuracy": [step["accuracy"] for step in history]}, x=[step["epoch"] for step in history],
              title="Training accuracy", x_label="epoch", y_label="accuracy")
    test_predictions = [predict(weights, biases, image) for image in pixels[1300:]]
    print("test accuracy:", accuracy(test_predictions, labels[1300:]))
