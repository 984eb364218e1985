# mistake: votes with max(set(labels), key=labels.count), which settles ties arbitrarily
# expect: The nearest neighbour voted 5
import csv
import math

from buildpath import show


# From milestones 1 and 2 ---------------------------------------------------

def load_digits(path):
    """Read the digits CSV: return (images, labels), each image a list of 64 ints."""
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(value) for value in row[:64]] for row in rows], [int(row[64]) for row in rows]


def split_digits(images, labels, n_train, n_validation):
    """The first n_train images train, the next n_validation validate, the rest test."""
    end = n_train + n_validation
    return ((images[:n_train], labels[:n_train]), (images[n_train:end], labels[n_train:end]),
            (images[end:], labels[end:]))


def distance(a, b):
    """Euclidean distance between two images of the same length."""
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))


def accuracy(predicted, actual):
    """Fraction of positions where predicted equals actual."""
    return sum(p == a for p, a in zip(predicted, actual)) / len(actual)


# Milestone 3 ---------------------------------------------------------------

def nearest_labels(train_images, train_labels, image, k):
    """Labels of the k training images nearest to image, nearest first; of two
    training images at the same distance, the earlier one comes first."""
    distances = [distance(train_image, image) for train_image in train_images]
    order = sorted(range(len(train_images)), key=lambda index: distances[index])
    return [train_labels[index] for index in order[:k]]


def majority_vote(labels):
    """The most common label; on a tie, the tied label that occurs first in labels."""
    return max(set(labels), key=labels.count)


def knn_predict(train_images, train_labels, image, k):
    """Predict the label of image by a majority vote of its k nearest training images."""
    return majority_vote(nearest_labels(train_images, train_labels, image, k))


def choose_k(train_images, train_labels, validation_images, validation_labels, candidates):
    """Return (best_k, accuracies): accuracies maps each candidate k to the accuracy on the
    validation images; best_k has the highest accuracy, the smallest such k on a tie."""
    largest = max(candidates)
    # Sorting once per validation image serves every k.
    neighbours = [nearest_labels(train_images, train_labels, image, largest) for image in validation_images]
    accuracies = {}
    for k in candidates:
        predicted = [majority_vote(labels[:k]) for labels in neighbours]
        accuracies[k] = accuracy(predicted, validation_labels)
    best_k = min(candidates, key=lambda k: (-accuracies[k], k))
    return best_k, accuracies

