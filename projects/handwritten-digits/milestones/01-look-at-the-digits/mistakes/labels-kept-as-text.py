# mistake: keeps the values read from the file as strings
# expect: that is text straight from the file
import csv


def load_digits(path):
    images = []
    labels = []
    with open(path, newline="") as file:
        rows = csv.reader(file)
        next(rows)
        for row in rows:
            images.append(row[:64])
            labels.append(row[64])
    return images, labels


def to_grid(pixels):
    return [pixels[row * 8:(row + 1) * 8] for row in range(8)]


def class_counts(labels):
    counts = {digit: 0 for digit in range(10)}
    for label in labels:
        counts[int(label)] += 1
    return counts


def split_digits(images, labels, n_train, n_validation):
    end = n_train + n_validation
    return ((images[:n_train], labels[:n_train]), (images[n_train:end], labels[n_train:end]),
            (images[end:], labels[end:]))
