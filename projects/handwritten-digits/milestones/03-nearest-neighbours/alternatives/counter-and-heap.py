import heapq
import math
from collections import Counter


def distance(a, b):
    return math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))


def accuracy(predicted, actual):
    return sum(p == a for p, a in zip(predicted, actual)) / len(actual)


def nearest_labels(train_images, train_labels, image, k):
    # (distance, index) pairs: the index settles equal distances in training order.
    candidates = ((distance(train_image, image), index) for index, train_image in enumerate(train_images))
    return [train_labels[index] for _, index in heapq.nsmallest(k, candidates)]


def majority_vote(labels):
    # Counter keeps first-seen order, and most_common keeps that order among equal counts.
    return Counter(labels).most_common(1)[0][0]


def knn_predict(train_images, train_labels, image, k):
    return majority_vote(nearest_labels(train_images, train_labels, image, k))


def choose_k(train_images, train_labels, validation_images, validation_labels, candidates):
    accuracies = {}
    for k in sorted(candidates):
        predictions = [knn_predict(train_images, train_labels, image, k) for image in validation_images]
        accuracies[k] = accuracy(predictions, validation_labels)
    best_k = sorted(candidates)[0]
    for k in sorted(candidates):
        if accuracies[k] > accuracies[best_k]:
            best_k = k
    return best_k, accuracies
