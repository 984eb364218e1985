# mistake: the threshold is tuned on the test part
# expect: choose the threshold on the validation part


def choose_and_report(validation_labels, validation_scores, test_labels, test_scores, target):
    """Choose the threshold on the validation part; return (threshold, test precision, test recall)."""
    threshold = threshold_for_precision(test_labels, test_scores, target)
    return (threshold, *precision_recall_at(test_labels, test_scores, threshold))
