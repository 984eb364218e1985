# mistake: votes with max(set(labels), key=labels.count), which settles ties arbitrarily
# expect: The nearest neighbour voted 5


def majority_vote(labels):
    """The most common label; on a tie, the tied label that occurs first in labels."""
    return max(set(labels), key=labels.count)
