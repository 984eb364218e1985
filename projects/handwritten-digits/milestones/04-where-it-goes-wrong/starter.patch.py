def confusion_matrix(actual, predicted, n_classes=10):
    """n_classes x n_classes counts: row = actual digit, column = predicted digit."""
    ...


def per_class_recall(matrix):
    """For each digit, the fraction of its images predicted right (0.0 if it has none)."""
    ...


def per_class_precision(matrix):
    """For each digit, the fraction of predictions of it that were right (0.0 if never predicted)."""
    ...


def most_confused_pairs(matrix, n):
    """The n largest off-diagonal cells as (actual, predicted, count), largest count first,
    then by actual and predicted digit; cells with count 0 are left out."""
    ...


def failures(actual, predicted):
    """The positions where the prediction is wrong, in order."""
    ...
