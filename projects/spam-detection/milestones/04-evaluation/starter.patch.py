del ratio


def confusion_counts(actual, predicted, positive):
    """Return {"tp": ..., "fp": ..., "fn": ..., "tn": ...}; labels other than positive are negative."""
    ...


def accuracy(actual, predicted):
    """Return the fraction of positions where actual and predicted agree."""
    ...


def precision_recall_f1(actual, predicted, positive):
    """Return (precision, recall, f1) for the class `positive`; 0.0 when a denominator is 0."""
    ...


def baseline_accuracy(actual):
    """Return the accuracy of always predicting the most common label of actual."""
    ...


def plot_confusion(counts, negative, positive):
    """Draw [[tn, fp], [fn, tp]] with show.heatmap, labelled rows and columns, title "Confusion matrix"."""
    ...
