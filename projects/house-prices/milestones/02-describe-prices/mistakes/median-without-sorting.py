# mistake: takes the middle element without sorting the values first
# expect: sort a copy first


def median(values):
    """Return the middle value of the sorted numbers (average of the two middle ones for an even count)."""
    ordered = values
    middle = len(ordered) // 2
    if len(ordered) % 2 == 1:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
