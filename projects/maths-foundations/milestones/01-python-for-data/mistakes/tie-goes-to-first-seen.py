# mistake: max(counts, key=counts.get) keeps the first key met on a tie, not the alphabetical one
# expect: first in alphabetical order


def most_common(counts):
    """Return the key with the largest count; on a tie, the one first in alphabetical order."""
    return max(counts, key=counts.get)
