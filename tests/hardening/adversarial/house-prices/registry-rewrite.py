# Attack: rewrites checking._registry so that every check does nothing
# Issue 21: the registered check definitions were the learner's to change; each one's function
# is replaced by one that returns without failing. The functions are wrong.
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


try:
    from buildpath import checking

    for definition in checking._registry:
        definition.function = lambda learner: None
except Exception:
    pass
