# Attack: a returned list whose __len__ and __repr__ swap the checker's fail() for a no-op
# Issue 21: a value the check measures or formats runs the learner's code in the middle of the
# check; from there it neuters fail() and the comparison, and the check would find nothing wrong.
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

def _neuter():
    try:
        from buildpath import _values, checking

        checking.fail.__code__ = (lambda message: None).__code__
        _values.difference.__code__ = (lambda actual, expected, tol=None, rel=None, where="it": None).__code__
    except Exception:
        pass


class Neutering(list):
    def __len__(self):
        _neuter()
        return list.__len__(self)

    def __repr__(self):
        _neuter()
        return list.__repr__(self)


_load_messages = load_messages


def load_messages(path):
    return Neutering(_load_messages(path))
