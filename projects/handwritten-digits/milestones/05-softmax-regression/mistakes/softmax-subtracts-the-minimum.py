# mistake: subtracts the smallest score, which keeps exp from overflowing only when the scores are close
# expect: subtracting the smallest does not do that


def softmax(scores):
    smallest = min(scores)
    exps = [math.exp(score - smallest) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]
