# mistake: sizes the default matrix by the largest label seen instead of 10
# expect: number of rows of confusion_matrix([3, 5], [3, 4]) is 6


def confusion_matrix(actual, predicted, n_classes=None):
    if n_classes is None:
        n_classes = max(actual + predicted) + 1
    matrix = [[0] * n_classes for _ in range(n_classes)]
    for true_digit, guess in zip(actual, predicted):
        matrix[true_digit][guess] += 1
    return matrix
