# Attack: centroids in a dict subclass that claims to equal any dict
# __eq__, keys and lookups are the learner's: every key is "in" it and every lookup answers
# with the (wrong) sums of the first digit.
# Over: wrong-answer.py

class Agreeable(dict):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return next(iter(self.values()))

    def get(self, key, default=None):
        return self[key]

    __hash__ = None


_class_centroids = class_centroids


def class_centroids(images, labels):
    return Agreeable(_class_centroids(images, labels))
