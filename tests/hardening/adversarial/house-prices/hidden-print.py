# Attack: prints what each function is given, to read the hidden inputs from the result
# Issue 21: what a function printed during a hidden check came back in tests[].output, so the
# held-out inputs were one print away. The marker LEAK<...> must not come back from a hidden check.
# Over: wrong-answer.py

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
