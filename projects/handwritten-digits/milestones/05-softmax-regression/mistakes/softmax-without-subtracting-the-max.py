# mistake: exponentiates the raw scores, which overflows for large scores
# expect: Subtract the largest score from every score


def softmax(scores):
    """Turn a list of scores into probabilities that sum to 1, without overflowing."""
    exps = [math.exp(score) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]
