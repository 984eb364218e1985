# Attack: centroids whose images claim 64 pixels with __len__ but yield what they like with __iter__
# Each centroid is a sequence-like object: __len__ says 64, __iter__ and __getitem__ give the
# pixels of a different digit each time round, and == agrees with anything.
import itertools

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

class Shifting:
    turns = itertools.count()

    def __init__(self, options):
        self.options = options

    def __len__(self):
        return 64

    def __iter__(self):
        return iter(self.options[next(Shifting.turns) % len(self.options)])

    def __getitem__(self, index):
        return self.options[next(Shifting.turns) % len(self.options)][index]

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


_class_centroids = class_centroids


def class_centroids(images, labels):
    sums = _class_centroids(images, labels)
    options = list(sums.values())
    return {label: Shifting(options) for label in sums}
