# mistake: draws the bootstrap without replacement, so every tree sees every row once
# expect: draw with replacement


def bootstrap_indices(n, rng):
    """n positions drawn from range(n) with replacement, by rng.randrange."""
    return rng.sample(range(n), n)
