# Attack: centroids whose images claim 64 pixels with __len__ but yield what they like with __iter__
# Each centroid is a sequence-like object: __len__ says 64, __iter__ and __getitem__ give the
# pixels of a different digit each time round, and == agrees with anything.
# Over: wrong-answer.py
import itertools


class Shifting:
    turns = itertools.count()

    def __init__(self, options):
        self.options = options

    def __len__(self):
        return 64

    def __iter__(self):
        return iter(self.options[next(Shifting.turns) % len(self.options)])

    def __getitem__(self, index):
        return self.options[next(Shifting.turns) % len(self.options)][index]

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


_class_centroids = class_centroids


def class_centroids(images, labels):
    sums = _class_centroids(images, labels)
    options = list(sums.values())
    return {label: Shifting(options) for label in sums}
