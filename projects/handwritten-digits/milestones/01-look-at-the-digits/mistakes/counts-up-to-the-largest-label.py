# mistake: lists the digits from 0 to the largest label seen, not always 0 to 9
# expect: your counts stop at the largest label seen


def class_counts(labels):
    if not labels:
        return {digit: 0 for digit in range(10)}
    counts = {digit: 0 for digit in range(max(labels) + 1)}
    for label in labels:
        counts[label] += 1
    return counts
