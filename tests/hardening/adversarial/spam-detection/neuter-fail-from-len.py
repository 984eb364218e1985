# Attack: a returned list whose __len__ and __repr__ swap the checker's fail() for a no-op
# Issue 21: a value the check measures or formats runs the learner's code in the middle of the
# check; from there it neuters fail() and the comparison, and the check would find nothing wrong.
# Over: wrong-answer.py

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
