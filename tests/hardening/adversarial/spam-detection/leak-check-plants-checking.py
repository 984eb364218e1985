# Attack: a Check plants a fake sys.modules["buildpath.checking"] for the next Check
# Issue 21: this submission is wrong and fails; while it is checked it leaves behind a module
# whose @check registers checks that do nothing, which the next Check's checks.py would import.
import sys
import types

import csv


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        return [tuple(line.rstrip("\n").split(",", 1)) for line in file]  # wrong: keeps the header


def tokenize(text):
    return text.split()  # wrong: no lower-casing, punctuation, <num> or <url>


def class_balance(messages):
    counts = {}
    for label, _ in messages:
        counts[label] = counts.get(label, 0) + 1
    return counts  # wrong: counts, not fractions

try:
    import buildpath.checking as _real

    _fake = types.ModuleType("buildpath.checking")
    _fake.__dict__.update(vars(_real))

    def _check(task=None, hidden=False, seconds=None, name=None):
        def register(function):
            definition = _real.CheckDefinition(function, task, hidden, seconds, name)
            definition.function = lambda learner: None
            _real._registry.append(definition)
            return function

        return register

    _fake.check = _check
    sys.modules["buildpath.checking"] = _fake
except Exception:
    pass
