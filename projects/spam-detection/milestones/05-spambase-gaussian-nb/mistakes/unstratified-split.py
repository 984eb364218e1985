# mistake: shuffles all rows together, so the spam share of the test part drifts
# expect: Shuffle and cut each class on its own


def stratified_split(labels, test_fraction, seed):
    """Return (train_indices, test_indices), sorted, with each class split on its own."""
    positions = list(range(len(labels)))
    random.Random(seed).shuffle(positions)
    cut = round(test_fraction * len(positions))
    return sorted(positions[cut:]), sorted(positions[:cut])
