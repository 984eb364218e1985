# mistake: divides without checking for a digit that never occurs
# expect: When the sum is 0, use 0.0 for that digit
import csv
import math

from buildpath import show


# From milestones 1 and 2 ---------------------------------------------------

def load_digits(path):
    """Read the digits CSV: return (images, labels), each image a list of 64 ints."""
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(value) for value in row[:64]] for row in rows], [int(row[64]) for row in rows]


def to_grid(pixels):
    """Turn 64 pixel values (row by row) into an 8x8 grid."""
    return [pixels[row * 8:(row + 1) * 8] for row in range(8)]


def class_centroids(images, labels):
    """Return a dict digit -> mean image of the images with that label."""
    groups = {}
    for image, label in zip(images, labels):
        groups.setdefault(label, []).append(image)
    return {label: [sum(column) / len(members) for column in zip(*members)]
            for label, members in sorted(groups.items())}


def predict_nearest_centroid(centroids, image):
    """The digit whose centroid is nearest to image; on a tie, the smaller digit."""
    return min(sorted(centroids), key=lambda digit: math.dist(centroids[digit], image))


# Milestone 4 ---------------------------------------------------------------

def confusion_matrix(actual, predicted, n_classes=10):
    """n_classes x n_classes counts: row = actual digit, column = predicted digit."""
    matrix = [[0] * n_classes for _ in range(n_classes)]
    for true_digit, guess in zip(actual, predicted):
        matrix[true_digit][guess] += 1
    return matrix


def per_class_recall(matrix):
    """For each digit, the fraction of its images predicted right (0.0 if it has none)."""
    recalls = []
    for digit, row in enumerate(matrix):
        total = sum(row)
        recalls.append(row[digit] / total)
    return recalls


def per_class_precision(matrix):
    """For each digit, the fraction of predictions of it that were right (0.0 if never predicted)."""
    precisions = []
    for digit in range(len(matrix)):
        total = sum(row[digit] for row in matrix)
        precisions.append(matrix[digit][digit] / total if total else 0.0)
    return precisions


def most_confused_pairs(matrix, n):
    """The n largest off-diagonal cells as (actual, predicted, count), largest count first,
    then by actual and predicted digit; cells with count 0 are left out."""
    cells = [(actual, predicted, count)
             for actual, row in enumerate(matrix)
             for predicted, count in enumerate(row)
             if actual != predicted and count > 0]
    cells.sort(key=lambda cell: (-cell[2], cell[0], cell[1]))
    return cells[:n]


def failures(actual, predicted):
    """The positions where the prediction is wrong, in order."""
    return [index for index, (true_digit, guess) in enumerate(zip(actual, predicted)) if true_digit != guess]

