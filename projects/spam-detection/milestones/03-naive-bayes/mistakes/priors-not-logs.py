# mistake: priors returned as plain fractions, not logarithms
# expect: Return their logarithms


def class_log_priors(labels):
    """Return {label: log of the fraction of labels equal to it}."""
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return {label: count / len(labels) for label, count in counts.items()}
