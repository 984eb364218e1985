# mistake: starts the test part at n_validation instead of after the validation part
# expect: position n_train + n_validation
import csv


def load_digits(path):
    with open(path, newline="") as file:
        rows = list(csv.reader(file))[1:]
    return [[int(v) for v in row[:64]] for row in rows], [int(row[64]) for row in rows]


def to_grid(pixels):
    return [pixels[row * 8:(row + 1) * 8] for row in range(8)]


def class_counts(labels):
    counts = {digit: 0 for digit in range(10)}
    for label in labels:
        counts[label] += 1
    return counts


def split_digits(images, labels, n_train, n_validation):
    train = (images[:n_train], labels[:n_train])
    validation = (images[n_train:n_train + n_validation], labels[n_train:n_train + n_validation])
    test = (images[n_validation:], labels[n_validation:])
    return train, validation, test
