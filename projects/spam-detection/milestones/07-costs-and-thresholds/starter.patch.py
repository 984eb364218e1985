def precision_recall_at(labels, scores, threshold):
    """Return (precision, recall) when every score >= threshold is called positive (label 1).

    Either is 0.0 when its denominator is 0.
    """
    ...


def precision_recall_curve(labels, scores):
    """Return a list of (threshold, precision, recall), one per distinct score, smallest first."""
    ...


def threshold_for_precision(labels, scores, target):
    """Return the smallest distinct score whose precision is at least target, or None."""
    ...


def total_cost(labels, scores, threshold, cost_fp, cost_fn):
    """Return cost_fp * (false positives) + cost_fn * (false negatives) at this threshold."""
    ...


def choose_and_report(validation_labels, validation_scores, test_labels, test_scores, target):
    """Choose the threshold on the validation part only; return (threshold, test precision, test recall)."""
    ...
