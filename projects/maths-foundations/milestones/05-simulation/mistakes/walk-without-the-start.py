# mistake: leaves out the starting position 0
# expect: it should give 21, the start (0)


def random_walk(steps, seed):
    """Return the positions of a walk from 0: each step is +1 if rng.random() < 0.5, else -1."""
    rng = random.Random(seed)
    positions = []
    position = 0
    for _ in range(steps):
        position += 1 if rng.random() < 0.5 else -1
        positions.append(position)
    return positions
