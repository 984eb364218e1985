# mistake: calls a statistic equal to the critical value a clear difference (>= instead of >)
# expect: use >, not >=


def clearly_different(only_a_right, only_b_right):
    """Return True when McNemar's statistic exceeds 3.841 (5 % level, one degree of freedom)."""
    return mcnemar_statistic(only_a_right, only_b_right) >= 3.841
