# mistake: looks the value up with list.index, which fails for a category never seen in training
# expect: should give all zeros (treated like the reference), not an error


def one_hot(value, levels):
    """Return 0/1 flags for levels[1:] (levels[0] is the reference); all zeros for an unseen value."""
    flags = [0.0] * (len(levels) - 1)
    position = levels.index(value)
    if position > 0:
        flags[position - 1] = 1.0
    return flags
