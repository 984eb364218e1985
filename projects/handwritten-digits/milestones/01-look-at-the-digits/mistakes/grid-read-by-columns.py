# mistake: fills the grid column by column, so every digit comes out transposed
# expect: you read the pixels down the columns
import csv


def load_digits(path):
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(v) for v in row[:64]] for row in rows], [int(row[64]) for row in rows]


def to_grid(pixels):
    return [[pixels[column * 8 + row] for column in range(8)] for row in range(8)]


def class_counts(labels):
    counts = {digit: 0 for digit in range(10)}
    for label in labels:
        counts[label] += 1
    return counts


def split_digits(images, labels, n_train, n_validation):
    end = n_train + n_validation
    return ((images[:n_train], labels[:n_train]), (images[n_train:end], labels[n_train:end]),
            (images[end:], labels[end:]))
