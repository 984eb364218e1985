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
    ...


def per_class_recall(matrix):
    """For each digit, the fraction of its images predicted right (0.0 if it has none)."""
    ...


def per_class_precision(matrix):
    """For each digit, the fraction of predictions of it that were right (0.0 if never predicted)."""
    ...


def most_confused_pairs(matrix, n):
    """The n largest off-diagonal cells as (actual, predicted, count), largest count first,
    then by actual and predicted digit; cells with count 0 are left out."""
    ...


def failures(actual, predicted):
    """The positions where the prediction is wrong, in order."""
    ...


if __name__ == "__main__":
    images, labels = load_digits("data/digits.csv")
    centroids = class_centroids(images[:1000], labels[:1000])
    test_images, test_labels = images[1300:], labels[1300:]
    predicted = [predict_nearest_centroid(centroids, image) for image in test_images]
    matrix = confusion_matrix(test_labels, predicted)
    show.heatmap(matrix, row_labels=[str(d) for d in range(10)], column_labels=[str(d) for d in range(10)],
                 title="Nearest centroid on the test digits", x_label="predicted", y_label="actual")
    show.table([{"digit": d, "recall": round(r, 3), "precision": round(p, 3)}
                for d, (r, p) in enumerate(zip(per_class_recall(matrix), per_class_precision(matrix)))],
               title="Per-digit recall and precision")
    print("most confused (actual, predicted, count):", most_confused_pairs(matrix, 5))
    wrong = failures(test_labels, predicted)[:24]
    show.images([to_grid(test_images[i]) for i in wrong],
                labels=[f"{test_labels[i]} → {predicted[i]}" for i in wrong], columns=8,
                title="Test digits the nearest centroid got wrong (actual → predicted)")
