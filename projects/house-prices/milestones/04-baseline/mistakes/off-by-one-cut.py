# mistake: an off-by-one cut, giving the test set one row too many
# expect: Check how you compute the size and where you cut the list


def train_test_split(rows, test_fraction, seed):
    """Return (train, test): a seeded shuffle of a copy, the first round(n * fraction) rows as test."""
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    test_size = round(len(shuffled) * test_fraction)
    return shuffled[test_size + 1:], shuffled[:test_size + 1]
