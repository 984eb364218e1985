# mistake: draws each step with rng.choice([-1, 1]), a different recipe with a different sequence
# expect: the walk is not the one the recipe gives


def random_walk(steps, seed):
    """Return the positions of a walk from 0: each step is +1 if rng.random() < 0.5, else -1."""
    rng = random.Random(seed)
    positions = [0]
    for _ in range(steps):
        positions.append(positions[-1] + rng.choice([-1, 1]))
    return positions
