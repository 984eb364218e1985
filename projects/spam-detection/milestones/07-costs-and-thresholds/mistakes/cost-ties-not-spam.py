# mistake: the cost calls a message spam only when its score is above the threshold, not equal to it
# expect: A score counts as spam when score >= threshold, in the cost as everywhere else.


def total_cost(labels, scores, threshold, cost_fp, cost_fn):
    """Return cost_fp * false positives + cost_fn * false negatives at this threshold."""
    fp = sum(1 for y, s in zip(labels, scores) if s > threshold and y == 0)
    fn = sum(1 for y, s in zip(labels, scores) if s <= threshold and y == 1)
    return cost_fp * fp + cost_fn * fn
