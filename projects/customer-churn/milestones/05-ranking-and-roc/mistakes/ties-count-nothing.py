# mistake: counts a tied pair as a loss instead of one half
# expect: a tie counts one half


def auc_rank(actual, scores):
    """The share of (churner, stayer) pairs the scores order correctly, a tie counting one half."""
    churners = [s for s, label in zip(scores, actual) if label == 1]
    stayers = [s for s, label in zip(scores, actual) if label == 0]
    wins = sum(1.0 for c in churners for s in stayers if c > s)
    return wins / (len(churners) * len(stayers))
