# mistake: cuts the shuffled positions into equal slices and loses the remainder
# expect: the folds together should hold


def k_fold_indices(n, k, seed):
    """Return k lists of positions: shuffle range(n) with random.Random(seed); fold i takes every k-th from i."""
    positions = list(range(n))
    random.Random(seed).shuffle(positions)
    size = n // k
    return [positions[i * size:(i + 1) * size] for i in range(k)]
