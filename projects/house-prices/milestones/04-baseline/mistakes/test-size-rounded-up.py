# mistake: rounds the test size up with math.ceil instead of using round()
# expect: Python's round() takes a half to the even neighbour


def train_test_split(rows, test_fraction, seed):
    """Return (train, test): a seeded shuffle of a copy, the first ceil(n * fraction) rows as test."""
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    test_size = math.ceil(len(shuffled) * test_fraction)
    return shuffled[test_size:], shuffled[:test_size]
