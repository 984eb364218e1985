from collections import Counter


def confusion_matrix(actual, predicted, n_classes=10):
    tally = Counter(zip(actual, predicted))
    return [[tally[(a, p)] for p in range(n_classes)] for a in range(n_classes)]


def safe_ratio(part, whole):
    return part / whole if whole else 0.0


def per_class_recall(matrix):
    return [safe_ratio(matrix[d][d], sum(matrix[d])) for d in range(len(matrix))]


def per_class_precision(matrix):
    columns = list(zip(*matrix))
    return [safe_ratio(matrix[d][d], sum(columns[d])) for d in range(len(matrix))]


def most_confused_pairs(matrix, n):
    ranked = sorted(
        ((-count, a, p) for a, row in enumerate(matrix) for p, count in enumerate(row) if a != p and count),
    )
    return [(a, p, -negative) for negative, a, p in ranked[:n]]


def failures(actual, predicted):
    return [i for i in range(len(actual)) if actual[i] != predicted[i]]
