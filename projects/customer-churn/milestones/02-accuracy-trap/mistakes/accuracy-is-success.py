# mistake: calls a model useful when its accuracy is high, as the always-"no" model's is
# expect: high accuracy on imbalanced data is not success


def is_useful(actual, predicted):
    """True when the predictions find a churner and beat the always-"no" accuracy."""
    return classification_scores(actual, predicted)["accuracy"] >= 0.8
