# Attack: replaces the worker's JavaScript JSON.parse so that the check's result reads "pass"
# The worker turns the checker's JSON answer into a result with JSON.parse after the learner's
# code has run in the same JavaScript realm; a replaced JSON.parse would rewrite every verdict.
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
    import js
    from pyodide.ffi import create_proxy

    _parse = js.JSON.parse

    def _forged(text, *rest):
        value = _parse(text)
        try:
            if value.format == "buildpath-check/1":
                value.status = "pass"
                value.message = None
                for test in value.tests:
                    test.status = "pass"
                    test.message = None
        except Exception:
            pass
        return value

    js.JSON.parse = create_proxy(_forged)
except Exception:
    pass
