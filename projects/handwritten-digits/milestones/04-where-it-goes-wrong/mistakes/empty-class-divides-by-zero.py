# mistake: divides without checking for a digit that never occurs
# expect: When the sum is 0, use 0.0 for that digit


def per_class_recall(matrix):
    """For each digit, the fraction of its images predicted right (0.0 if it has none)."""
    recalls = []
    for digit, row in enumerate(matrix):
        total = sum(row)
        recalls.append(row[digit] / total)
    return recalls
