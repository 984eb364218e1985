# Attack: runs the reference solution's own source over its wrong functions
# Issue 21's reproduction: exec(buildpath.checking.solution._source, globals()) replaced every
# function with the reference's and passed every milestone. The functions here are wrong.
import random


def train_test_split(rows, test_fraction, seed):
    shuffled = list(rows)
    random.shuffle(shuffled)
    size = round(len(shuffled) * test_fraction)
    return shuffled[size:], shuffled[:size]


def mae(actual, predicted):
    return sum(a - p for a, p in zip(actual, predicted)) / len(actual)


def rmse(actual, predicted):
    return sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual)


def baseline_scores(train, test):
    prediction = sum(row["Sale_Price"] for row in test) / len(test)
    actual = [row["Sale_Price"] for row in test]
    return {"prediction": prediction, "mae": mae(actual, [prediction] * len(actual)),
            "rmse": rmse(actual, [prediction] * len(actual))}


import buildpath.checking

exec(buildpath.checking.solution._source, globals())
