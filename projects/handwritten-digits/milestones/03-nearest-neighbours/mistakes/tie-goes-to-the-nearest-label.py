# mistake: on a tie returns the nearest neighbour's label even when it is not one of the tied labels
# expect: only among the labels tied for the most does the nearer one win


def majority_vote(labels):
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    most = max(counts.values())
    tied = [label for label in counts if counts[label] == most]
    return tied[0] if len(tied) == 1 else labels[0]
