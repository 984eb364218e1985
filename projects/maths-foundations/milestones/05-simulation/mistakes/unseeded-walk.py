# mistake: draws from the shared random module and ignores the seed
# expect: the walk is not the one the recipe gives


def random_walk(steps, seed):
    """Return the positions of a walk from 0: each step is +1 if rng.random() < 0.5, else -1."""
    positions = [0]
    for _ in range(steps):
        positions.append(positions[-1] + (1 if random.random() < 0.5 else -1))
    return positions
