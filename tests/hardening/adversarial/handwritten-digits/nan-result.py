# Attack: returns NaN, which no comparison of the form "differs by more than tol" ever catches
# abs(nan - expected) > tol is False: a check written that way would pass every number.
# Over: wrong-answer.py

def distance(a, b):
    return float("nan")


def accuracy(predicted, actual):
    return float("nan")


def evaluate_nearest_centroid(path):
    return float("nan")


def class_centroids(images, labels):
    return {label: [float("nan")] * len(images[0]) for label in set(labels)}
