# mistake: keeps a flag for every level, falling into the dummy-variable trap
# expect: Drop the first level


def one_hot(value, levels):
    """Return 0/1 flags for levels[1:] (levels[0] is the reference); all zeros for an unseen value."""
    return [1.0 if value == level else 0.0 for level in levels]
