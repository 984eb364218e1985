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
    ...


def accuracy_under_shifts(classify, images, labels, shifts):
    """For each (dx, dy) in shifts, the accuracy of classify(image) on the shifted images:
    a dict (dx, dy) -> accuracy."""
    ...


def augment_with_shifts(images, labels, shifts):
    """The original images and labels, followed by a shifted copy of all of them for each
    (dx, dy) in shifts, in that order."""
    ...


if __name__ == "__main__":
    images, labels = load_digits("data/digits.csv")
    train_images, train_labels = images[:1000], labels[:1000]
    test_images, test_labels = images[1300:1400], labels[1300:1400]
    shifts = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    show.images([to_grid(shift_image(test_images[0], dx, dy)) for dx, dy in shifts],
                labels=[f"dx={dx}, dy={dy}" for dx, dy in shifts], title="One digit, shifted")

    centroids = class_centroids(train_images, train_labels)
    models = {
        "nearest centroid": lambda image: predict_nearest_centroid(centroids, image),
        "1-NN": lambda image: predict_one_neighbour(train_images, train_labels, image),
    }
    bigger_images, bigger_labels = augment_with_shifts(train_images, train_labels, shifts[1:])
    bigger_centroids = class_centroids(bigger_images, bigger_labels)
    models["nearest centroid, shifted training"] = lambda image: predict_nearest_centroid(bigger_centroids, image)
    models["1-NN, shifted training"] = lambda image: predict_one_neighbour(bigger_images, bigger_labels, image)
    rows = []
    for name, classify in models.items():
        print("scoring", name, "...")
        results = accuracy_under_shifts(classify, test_images, test_labels, shifts)
        rows.append({"model": name, **{f"dx={dx}, dy={dy}": round(a, 2) for (dx, dy), a in results.items()}})
    for row in rows:
        print(row)
    show.table(rows, title="Accuracy on 100 test digits, shifted by one pixel")
