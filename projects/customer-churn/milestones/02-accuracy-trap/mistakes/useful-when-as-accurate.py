# mistake: counts predictions exactly as accurate as answering "no" for everyone as useful (>= instead of >)
# expect: "higher than" means >, so it should be False.


def is_useful(actual, predicted):
    """True when the predictions find a churner and beat the always-"no" accuracy."""
    scores = classification_scores(actual, predicted)
    always_no = classification_scores(actual, ["no"] * len(actual))
    return scores["recall"] > 0 and scores["accuracy"] >= always_no["accuracy"]
