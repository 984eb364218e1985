def disagreements(labels, predictions_a, predictions_b):
    """Return (only_a_right, only_b_right): the counts of rows where exactly one model is right."""
    ...


def mcnemar_statistic(only_a_right, only_b_right):
    """Return (|only_a_right - only_b_right| - 1) ** 2 / (only_a_right + only_b_right), or 0.0 if both are 0."""
    ...


def clearly_different(only_a_right, only_b_right):
    """Return True when McNemar's statistic exceeds 3.841."""
    ...


def comparison_rows(labels, predictions):
    """Return [{"model": name, "accuracy": ..., "precision": ..., "recall": ..., "f1": ...}, ...].

    predictions maps a model name to its list of 0/1 predictions; keep that order.
    Spam (1) is the positive class; a measure with a zero denominator is 0.0.
    """
    ...
