# Attack: none: a plain wrong answer, checked after the hostile Runs
# It must fail in a clean worker; after a Run that left something behind it must fail too.
import csv
import math


def load_digits(path):
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(value) for value in row[:64]] for row in rows], [int(row[64]) for row in rows]


def to_grid(pixels):
    return [pixels[row * 8:(row + 1) * 8] for row in range(8)]


def split_digits(images, labels, n_train, n_validation):
    end = n_train + n_validation
    return ((images[:n_train], labels[:n_train]), (images[n_train:end], labels[n_train:end]),
            (images[end:], labels[end:]))


def class_centroids(images, labels):
    sums = {}
    for image, label in zip(images, labels):
        sums[label] = [a + b for a, b in zip(sums.get(label, [0.0] * len(image)), image)]
    return sums  # wrong: sums, not averages


def distance(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))  # wrong: squared


def predict_nearest_centroid(centroids, image):
    return max(centroids, key=lambda digit: distance(centroids[digit], image))  # wrong: the farthest


def accuracy(predicted, actual):
    return sum(p == a for p, a in zip(predicted, actual))  # wrong: a count


def evaluate_nearest_centroid(path):
    images, labels = load_digits(path)
    centroids = class_centroids(images, labels)
    return accuracy([predict_nearest_centroid(centroids, image) for image in images], labels)
