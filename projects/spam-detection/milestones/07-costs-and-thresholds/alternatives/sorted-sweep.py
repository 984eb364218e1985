from itertools import groupby


def precision_recall_at(labels, scores, threshold):
    flagged = [y for y, s in zip(labels, scores) if s >= threshold]
    caught = sum(flagged)
    positives = sum(labels)
    return (caught / len(flagged) if flagged else 0.0, caught / positives if positives else 0.0)


def precision_recall_curve(labels, scores):
    """One pass from the highest score down, adding each group of tied scores at once."""
    positives = sum(labels)
    ranked = sorted(zip(scores, labels), reverse=True)
    points, flagged, caught = [], 0, 0
    for threshold, group in groupby(ranked, key=lambda pair: pair[0]):
        group = [y for _, y in group]
        flagged += len(group)
        caught += sum(group)
        points.append((threshold, caught / flagged, caught / positives if positives else 0.0))
    return points[::-1]


def threshold_for_precision(labels, scores, target):
    meeting = [t for t, p, _ in precision_recall_curve(labels, scores) if p >= target]
    return min(meeting) if meeting else None


def total_cost(labels, scores, threshold, cost_fp, cost_fn):
    cost = 0
    for y, s in zip(labels, scores):
        flagged = s >= threshold
        if flagged and not y:
            cost += cost_fp
        elif y and not flagged:
            cost += cost_fn
    return cost


def choose_and_report(validation_labels, validation_scores, test_labels, test_scores, target):
    chosen = threshold_for_precision(validation_labels, validation_scores, target)
    precision, recall = precision_recall_at(test_labels, test_scores, chosen)
    return chosen, precision, recall
