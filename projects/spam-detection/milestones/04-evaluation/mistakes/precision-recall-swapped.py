# mistake: precision and recall swapped
# expect: they are swapped


def precision_recall_f1(actual, predicted, positive):
    """Return (precision, recall, f1) for the class `positive`; 0.0 when a denominator is 0."""
    counts = confusion_counts(actual, predicted, positive)
    precision = ratio(counts["tp"], counts["tp"] + counts["fn"])
    recall = ratio(counts["tp"], counts["tp"] + counts["fp"])
    return precision, recall, ratio(2 * precision * recall, precision + recall)
