# mistake: flags with the ints 1 and 0 instead of the floats 1.0 and 0.0
# expect: is the int 0; it should be a float


def one_hot(value, levels):
    """Return 0/1 flags for levels[1:] (levels[0] is the reference); all zeros for an unseen value."""
    return [1 if value == level else 0 for level in levels[1:]]
