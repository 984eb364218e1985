# mistake: returns each point of the curve as a list
# expect: is a list; it should be a tuple


def precision_recall_curve(labels, scores):
    return [[t, *precision_recall_at(labels, scores, t)] for t in sorted(set(scores))]
