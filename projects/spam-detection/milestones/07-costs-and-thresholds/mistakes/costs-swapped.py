# mistake: the two costs are applied to the wrong errors
# expect: The weights are swapped


def total_cost(labels, scores, threshold, cost_fp, cost_fn):
    """Return cost_fp * false positives + cost_fn * false negatives at this threshold."""
    fp = sum(1 for y, s in zip(labels, scores) if s >= threshold and y == 0)
    fn = sum(1 for y, s in zip(labels, scores) if s < threshold and y == 1)
    return cost_fn * fp + cost_fp * fn
