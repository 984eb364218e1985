# mistake: counts only the digits that occur, leaving out the others
# expect: every digit from 0 to 9
import csv


def load_digits(path):
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(v) for v in row[:64]] for row in rows], [int(row[64]) for row in rows]


def to_grid(pixels):
    return [pixels[row * 8:(row + 1) * 8] for row in range(8)]


def class_counts(labels):
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return counts


def split_digits(images, labels, n_train, n_validation):
    end = n_train + n_validation
    return ((images[:n_train], labels[:n_train]), (images[n_train:end], labels[n_train:end]),
            (images[end:], labels[end:]))
