# mistake: shuffles the caller's list in place instead of a copy
# expect: changed its arguments


def train_test_split(rows, test_fraction, seed):
    """Return (train, test): a seeded shuffle of a copy, the first round(n * fraction) rows as test."""
    shuffled = rows
    random.Random(seed).shuffle(shuffled)
    test_size = round(len(shuffled) * test_fraction)
    return shuffled[test_size:], shuffled[:test_size]
