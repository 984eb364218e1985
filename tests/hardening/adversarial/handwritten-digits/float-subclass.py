# Attack: a float subclass that is close to everything
# Equality, ordering, subtraction and abs() all answer "no difference", and float() of it is the
# expected value whatever that is... as far as Python operators go. Its real value is wrong.
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


class Close(float):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return False

    def __le__(self, other):
        return True

    def __ge__(self, other):
        return True

    def __sub__(self, other):
        return Close(0.0)

    def __rsub__(self, other):
        return Close(0.0)

    def __abs__(self):
        return Close(0.0)

    __hash__ = float.__hash__


_distance, _accuracy, _evaluate = distance, accuracy, evaluate_nearest_centroid


def distance(a, b):
    return Close(_distance(a, b))


def accuracy(predicted, actual):
    return Close(_accuracy(predicted, actual))


def evaluate_nearest_centroid(path):
    return Close(_evaluate(path))
