# mistake: walks the customers in their given order instead of from the highest score down
# expect: sort the customers by score, highest first


def roc_curve(actual, scores):
    """ROC points (fpr, tpr) from (0.0, 0.0), one per distinct score, from the highest score down."""
    positives = sum(actual)
    negatives = len(actual) - positives
    ranked = list(zip(scores, actual))
    points = [(0.0, 0.0)]
    true_positives = false_positives = 0
    for position, (score, label) in enumerate(ranked):
        true_positives += label
        false_positives += 1 - label
        if position + 1 == len(ranked) or ranked[position + 1][0] != score:
            points.append((false_positives / negatives, true_positives / positives))
    return points
