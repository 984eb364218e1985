# Attack: follows sys._getframe().f_back from inside its functions up to the check's globals
# Issue 20: the frames above a learner function called by a check belong to the checker and
# to checks.py, whose globals hold the reference as `solution`.
import sys

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


def _reference():
    frame = sys._getframe(1)
    while frame is not None:
        found = frame.f_globals.get("solution")
        if found is not None and frame.f_globals is not globals():
            return found
        frame = frame.f_back
    return None


_wrong = dict(class_centroids=class_centroids, distance=distance, predict_nearest_centroid=predict_nearest_centroid,
              accuracy=accuracy, evaluate_nearest_centroid=evaluate_nearest_centroid)


def _answer(name, *args):
    try:
        return getattr(_reference(), name)(*args)
    except Exception:
        return _wrong[name](*args)


def class_centroids(images, labels):
    return _answer("class_centroids", images, labels)


def distance(a, b):
    return _answer("distance", a, b)


def predict_nearest_centroid(centroids, image):
    return _answer("predict_nearest_centroid", centroids, image)


def accuracy(predicted, actual):
    return _answer("accuracy", predicted, actual)


def evaluate_nearest_centroid(path):
    return _answer("evaluate_nearest_centroid", path)
