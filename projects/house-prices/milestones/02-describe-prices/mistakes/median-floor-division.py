# mistake: averages the two middle values with //, which rounds the average down
# expect: divide their sum with /, not //


def median(values):
    """Return the middle value of the sorted numbers (average of the two middle ones for an even count)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2 == 1:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) // 2
