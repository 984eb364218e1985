# mistake: compares with the share of the most common label instead of the accuracy of answering "no" for everyone
# expect: not with the share of the most common label.


def is_useful(actual, predicted):
    """True when the predictions find a churner and beat the always-"no" accuracy."""
    scores = classification_scores(actual, predicted)
    majority = max(actual.count("no"), actual.count("yes")) / len(actual)
    return scores["recall"] > 0 and scores["accuracy"] > majority
