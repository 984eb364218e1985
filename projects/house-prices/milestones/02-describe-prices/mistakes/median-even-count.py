# mistake: with an even count, returns the upper middle value instead of the average of the two
# expect: there are two middle values


def median(values):
    """Return the middle value of the sorted numbers (average of the two middle ones for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle]
