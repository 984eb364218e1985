# mistake: divides by zero when nothing is flagged instead of using the zero rules
# expect: ZeroDivisionError


def classification_scores(actual, predicted):
    """Return accuracy, precision, recall and F1 for the "yes" class."""
    counts = confusion_matrix(actual, predicted)
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return {"accuracy": (tp + tn) / len(actual), "precision": precision, "recall": recall, "f1": f1}
