# Attack: returns an object whose __repr__ raises KeyboardInterrupt
# Issue 21: the check's failure message formats the returned value with !r; the interrupt that
# escapes from there left the check reported "pass". The split returns no pair of lists.
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


class Interrupting:
    def __repr__(self):
        raise KeyboardInterrupt


def train_test_split(rows, test_fraction, seed):
    return Interrupting()
