# Attack: prints what each function is given, to read the hidden inputs from the result
# Issue 21: what a function printed during a hidden check came back in tests[].output, so the
# held-out inputs were one print away. The marker LEAK<...> must not come back from a hidden check.
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


_train_test_split, _mae, _rmse, _baseline_scores = train_test_split, mae, rmse, baseline_scores


def _leak(*args):
    print(f"LEAK<{args!r:.300}>")


def train_test_split(rows, test_fraction, seed):
    _leak(rows, test_fraction, seed)
    return _train_test_split(rows, test_fraction, seed)


def mae(actual, predicted):
    _leak(actual, predicted)
    return _mae(actual, predicted)


def rmse(actual, predicted):
    _leak(actual, predicted)
    return _rmse(actual, predicted)


def baseline_scores(train, test):
    _leak(train, test)
    return _baseline_scores(train, test)
