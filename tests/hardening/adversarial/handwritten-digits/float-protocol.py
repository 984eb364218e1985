# Attack: numbers that are not numbers: __float__, __int__ and __index__ give a new value each read
# An object that only behaves like a float (and agrees with every ==) is returned by distance
# and accuracy; each conversion reads a different value, so no two reads agree.
# Over: wrong-answer.py

class Drifting:
    reads = 0

    def __init__(self, value):
        self.value = value

    def _read(self):
        Drifting.reads += 1
        return self.value + Drifting.reads

    def __float__(self):
        return float(self._read())

    def __int__(self):
        return int(self._read())

    def __index__(self):
        return int(self._read())

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


_distance, _accuracy = distance, accuracy


def distance(a, b):
    return Drifting(_distance(a, b))


def accuracy(predicted, actual):
    return Drifting(_accuracy(predicted, actual))
