# mistake: shuffles with the shared random module and ignores the seed
# expect: shuffle with your own generator, random.Random(seed)


def train_test_split(rows, test_fraction, seed):
    """Return (train, test): a seeded shuffle of a copy, the first round(n * fraction) rows as test."""
    shuffled = list(rows)
    random.shuffle(shuffled)
    test_size = round(len(shuffled) * test_fraction)
    return shuffled[test_size:], shuffled[:test_size]
