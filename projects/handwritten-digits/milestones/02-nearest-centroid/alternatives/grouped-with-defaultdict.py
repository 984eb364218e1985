import csv
from collections import defaultdict
from math import dist


def load_digits(path):
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(value) for value in row[:64]] for row in rows], [int(row[64]) for row in rows]


def split_digits(images, labels, n_train, n_validation):
    end = n_train + n_validation
    return ((images[:n_train], labels[:n_train]), (images[n_train:end], labels[n_train:end]),
            (images[end:], labels[end:]))


def class_centroids(images, labels):
    groups = defaultdict(list)
    for image, label in zip(images, labels):
        groups[label].append(image)
    return {label: [sum(column) / len(members) for column in zip(*members)]
            for label, members in groups.items()}


def distance(a, b):
    return dist(a, b)


def predict_nearest_centroid(centroids, image):
    return min(sorted(centroids), key=lambda digit: distance(centroids[digit], image))


def accuracy(predicted, actual):
    right = [p == a for p, a in zip(predicted, actual)]
    return right.count(True) / len(right)


def evaluate_nearest_centroid(path):
    images, labels = load_digits(path)
    train, _, test = split_digits(images, labels, 1000, 300)
    centroids = class_centroids(*train)
    return accuracy([predict_nearest_centroid(centroids, image) for image in test[0]], test[1])
