# Attack: a list subclass whose __eq__ compares lengths, returned by an unseeded split
# Issue 21: the packs' own `==` comparisons (`first == again`, `test == expected_test`) asked
# the learner's object, which says equal whenever the lengths match.
import math
import random


class SameLength(list):
    def __eq__(self, other):
        return len(self) == len(other)

    __hash__ = None


def train_test_split(rows, test_fraction, seed):
    shuffled = list(rows)
    random.shuffle(shuffled)  # wrong: ignores the seed
    size = round(len(shuffled) * test_fraction)
    return SameLength(shuffled[size:]), SameLength(shuffled[:size])


def mae(actual, predicted):
    return sum(abs(a - p) for a, p in zip(actual, predicted)) / len(actual)


def rmse(actual, predicted):
    return math.sqrt(sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual))


def baseline_scores(train, test):
    prediction = sum(row["Sale_Price"] for row in train) / len(train)
    actual = [row["Sale_Price"] for row in test]
    return {"prediction": prediction, "mae": mae(actual, [prediction] * len(actual)),
            "rmse": rmse(actual, [prediction] * len(actual))}
