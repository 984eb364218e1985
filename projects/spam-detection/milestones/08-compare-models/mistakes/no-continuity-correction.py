# mistake: McNemar's statistic without the continuity correction
# expect: the continuity correction is missing


def mcnemar_statistic(only_a_right, only_b_right):
    """Return McNemar's statistic with continuity correction; 0.0 when the models never disagree."""
    total = only_a_right + only_b_right
    if total == 0:
        return 0.0
    return (only_a_right - only_b_right) ** 2 / total
