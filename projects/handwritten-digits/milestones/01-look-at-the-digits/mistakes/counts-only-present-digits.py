# mistake: counts only the digits that occur, leaving out the others
# expect: every digit from 0 to 9


def class_counts(labels):
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return counts
