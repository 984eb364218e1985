# mistake: takes the deepest of the tied depths instead of the simplest tree
# expect: take the smallest depth


def choose_depth(curve):
    """The depth with the highest validation accuracy; the smallest such depth on a tie."""
    return max(curve, key=lambda point: (point["validation"], point["depth"]))["depth"]
