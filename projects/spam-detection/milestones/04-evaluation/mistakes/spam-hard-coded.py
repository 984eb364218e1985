# mistake: compares with the label 'spam' instead of the positive argument
# expect: rather than with a fixed label


def confusion_counts(actual, predicted, positive):
    """Return {"tp": ..., "fp": ..., "fn": ..., "tn": ...}; labels other than positive are negative."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for truth, guess in zip(actual, predicted):
        if guess == "spam":
            counts["tp" if truth == "spam" else "fp"] += 1
        else:
            counts["fn" if truth == "spam" else "tn"] += 1
    return counts
