# itertools.accumulate for the walk and the running sums, bisect on the bin edges.
import bisect
import csv
import itertools
import random


def read_prices(path):
    with open(path, newline="") as file:
        return [float(record["Sale_Price"]) for record in csv.DictReader(file)]


def random_walk(steps, seed):
    rng = random.Random(seed)
    moves = [1 if rng.random() < 0.5 else -1 for _ in range(steps)]
    return list(itertools.accumulate(moves, initial=0))


def running_means(values):
    return [total / count for count, total in enumerate(itertools.accumulate(values), start=1)]


def sample_means(values, sample_size, repeats, seed):
    rng = random.Random(seed)
    means = []
    for _ in range(repeats):
        draw = rng.choices(values, k=sample_size)
        means.append(sum(draw) / len(draw))
    return means


def histogram_counts(values, bins, low, high):
    width = (high - low) / bins
    inner_edges = [low + width * i for i in range(1, bins)]
    counts = [0] * bins
    for value in values:
        if low <= value <= high:
            counts[bisect.bisect_right(inner_edges, value)] += 1
    return counts
