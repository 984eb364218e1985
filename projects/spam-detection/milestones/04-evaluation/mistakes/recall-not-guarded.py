# mistake: guards precision against a zero denominator but not recall, which has none when no message is actually positive
# expect: ZeroDivisionError
# check: precision_recall_f1 gives 0.0 instead of dividing by zero


def precision_recall_f1(actual, predicted, positive):
    """Return (precision, recall, f1) for the class `positive`; 0.0 when a denominator is 0."""
    counts = confusion_counts(actual, predicted, positive)
    precision = ratio(counts["tp"], counts["tp"] + counts["fp"])
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    return precision, recall, ratio(2 * precision * recall, precision + recall)
