# mistake: wraps pixels around the edges with %, like rolling the image
# expect: Nothing wraps around
import csv
import math

from buildpath import show


# From milestones 1 to 3 ----------------------------------------------------

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


def predict_one_neighbour(train_images, train_labels, image):
    """The label of the nearest training image (k-NN with k = 1)."""
    distances = [math.dist(train_image, image) for train_image in train_images]
    return train_labels[distances.index(min(distances))]


# Milestone 8 ---------------------------------------------------------------

def shift_image(pixels, dx, dy):
    """Move an image of 64 pixels dx columns to the right and dy rows down (negative values
    move left and up); pixels moved in from outside are 0."""
    return [pixels[((row - dy) % 8) * 8 + (column - dx) % 8] for row in range(8) for column in range(8)]


def accuracy_under_shifts(classify, images, labels, shifts):
    """For each (dx, dy) in shifts, the accuracy of classify(image) on the shifted images:
    a dict (dx, dy) -> accuracy."""
    results = {}
    for dx, dy in shifts:
        right = sum(classify(shift_image(image, dx, dy)) == label for image, label in zip(images, labels))
        results[(dx, dy)] = right / len(images)
    return results


def augment_with_shifts(images, labels, shifts):
    """The original images and labels, followed by a shifted copy of all of them for each
    (dx, dy) in shifts, in that order."""
    new_images, new_labels = list(images), list(labels)
    for dx, dy in shifts:
        new_images += [shift_image(image, dx, dy) for image in images]
        new_labels += labels
    return new_images, new_labels

