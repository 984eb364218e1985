# mistake: F1 computed as the plain average of precision and recall
# expect: ordinary average


def precision_recall_f1(actual, predicted, positive):
    """Return (precision, recall, f1) for the class `positive`; 0.0 when a denominator is 0."""
    counts = confusion_counts(actual, predicted, positive)
    precision = ratio(counts["tp"], counts["tp"] + counts["fp"])
    recall = ratio(counts["tp"], counts["tp"] + counts["fn"])
    return precision, recall, (precision + recall) / 2
