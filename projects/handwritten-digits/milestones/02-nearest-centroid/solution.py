import csv
import math

from buildpath import show


# From milestone 1 ----------------------------------------------------------

def load_digits(path):
    """Read the digits CSV: return (images, labels), each image a list of 64 ints."""
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(value) for value in row[:64]] for row in rows], [int(row[64]) for row in rows]


def to_grid(pixels):
    """Turn 64 pixel values (row by row) into an 8x8 grid."""
    return [pixels[row * 8:(row + 1) * 8] for row in range(8)]


def split_digits(images, labels, n_train, n_validation):
    """The first n_train images train, the next n_validation validate, the rest test."""
    end = n_train + n_validation
    return ((images[:n_train], labels[:n_train]), (images[n_train:end], labels[n_train:end]),
            (images[end:], labels[end:]))


# Milestone 2 ---------------------------------------------------------------

def class_centroids(images, labels):
    """Return a dict digit -> mean image (64 floats) of the images with that label."""
    sums = {}
    counts = {}
    for image, label in zip(images, labels):
        if label not in sums:
            sums[label] = [0.0] * len(image)
            counts[label] = 0
        sums[label] = [total + value for total, value in zip(sums[label], image)]
        counts[label] += 1
    return {label: [total / counts[label] for total in sums[label]] for label in sorted(sums)}


def distance(a, b):
    """Euclidean distance between two images of the same length."""
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))


def predict_nearest_centroid(centroids, image):
    """The digit whose centroid is nearest to image; on a tie, the smaller digit."""
    best_digit = None
    best_distance = math.inf
    for digit in sorted(centroids):
        d = distance(centroids[digit], image)
        if d < best_distance:
            best_digit, best_distance = digit, d
    return best_digit


def accuracy(predicted, actual):
    """Fraction of positions where predicted equals actual."""
    return sum(p == a for p, a in zip(predicted, actual)) / len(actual)


def evaluate_nearest_centroid(path):
    """Load the digits, fit centroids on the 1,000 training images and return the
    accuracy on the 497 test images."""
    images, labels = load_digits(path)
    (train_images, train_labels), _, (test_images, test_labels) = split_digits(images, labels, 1000, 300)
    centroids = class_centroids(train_images, train_labels)
    predicted = [predict_nearest_centroid(centroids, image) for image in test_images]
    return accuracy(predicted, test_labels)


if __name__ == "__main__":
    images, labels = load_digits("data/digits.csv")
    (train_images, train_labels), _, _ = split_digits(images, labels, 1000, 300)
    centroids = class_centroids(train_images, train_labels)
    show.images([to_grid(centroids[digit]) for digit in range(10)], labels=list(range(10)),
                columns=10, title="The average training image of each digit")
    print("test accuracy of the nearest centroid:", evaluate_nearest_centroid("data/digits.csv"))
