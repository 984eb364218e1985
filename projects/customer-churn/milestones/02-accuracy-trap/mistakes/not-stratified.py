# mistake: shuffles all the rows together, so the test set's churn rate drifts
# expect: Split each label's rows separately


def stratified_split(rows, test_fraction, seed):
    """Return (train, test): each label's rows shuffled by one generator and cut separately."""
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    size = round(len(shuffled) * test_fraction)
    return shuffled[size:], shuffled[:size]
