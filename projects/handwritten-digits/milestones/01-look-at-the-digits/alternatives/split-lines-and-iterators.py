from collections import Counter


def load_digits(path):
    with open(path) as file:
        lines = file.read().split("\n")[1:]
    table = [[int(value) for value in line.split(",")] for line in lines if line.strip()]
    return [values[:-1] for values in table], [values[-1] for values in table]


def to_grid(pixels):
    values = iter(pixels)
    return [list(row) for row in zip(*[values] * 8)]


def class_counts(labels):
    tally = Counter(labels)
    return {digit: tally[digit] for digit in range(10)}


def split_digits(images, labels, n_train, n_validation):
    cuts = [0, n_train, n_train + n_validation, len(images)]
    return tuple((images[start:stop], labels[start:stop]) for start, stop in zip(cuts, cuts[1:]))
