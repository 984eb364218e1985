# Attack: is_useful returns an object that is every truth value at once
# __bool__ alternates between True and False on each read, and __eq__ agrees with anything;
# the checks want the plain booleans True and False.
# Over: wrong-answer.py

class Maybe:
    def __init__(self):
        self.reads = 0

    def __bool__(self):
        self.reads += 1
        return self.reads % 2 == 0

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "False"


def is_useful(actual, predicted):
    return Maybe()
