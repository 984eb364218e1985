# mistake: counts every row a model got right, agreements included
# expect: including the rows where both are right


def disagreements(labels, predictions_a, predictions_b):
    """Return (only_a_right, only_b_right): how often exactly one model is right."""
    only_a = sum(1 for y, a in zip(labels, predictions_a) if a == y)
    only_b = sum(1 for y, b in zip(labels, predictions_b) if b == y)
    return only_a, only_b
