# mistake: chooses the depth with the best training accuracy, which always favours the deepest tree
# expect: the training accuracy always rises with depth


def choose_depth(curve):
    """The depth with the highest validation accuracy; the smallest such depth on a tie."""
    return max(curve, key=lambda point: (point["train"], -point["depth"]))["depth"]
