# Attack: none: a plain wrong answer, checked after the hostile Runs
# It must fail in a clean worker; after a Run that left something behind it must fail too.
import random


def train_test_split(rows, test_fraction, seed):
    shuffled = list(rows)
    random.shuffle(shuffled)  # wrong: ignores the seed
    size = round(len(shuffled) * test_fraction)
    return shuffled[size:], shuffled[:size]


def mae(actual, predicted):
    return sum(a - p for a, p in zip(actual, predicted)) / len(actual)  # wrong: no abs()


def rmse(actual, predicted):
    return sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual)  # wrong: no root


def baseline_scores(train, test):
    prediction = sum(row["Sale_Price"] for row in test) / len(test)  # wrong: the test prices
    actual = [row["Sale_Price"] for row in test]
    return {"prediction": prediction, "mae": mae(actual, [prediction] * len(actual)),
            "rmse": rmse(actual, [prediction] * len(actual))}
