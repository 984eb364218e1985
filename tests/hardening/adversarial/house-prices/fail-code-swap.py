# Attack: swaps the code of the checker's fail() and comparison for code that does nothing
# Restoring the checker's functions by identity does not notice a function whose __code__ was
# replaced: fail() would raise nothing and every comparison would find no difference.
# Over: wrong-answer.py

try:
    from buildpath import _values, checking

    checking.fail.__code__ = (lambda message: None).__code__
    _values.difference.__code__ = (lambda actual, expected, tol=None, rel=None, where="it": None).__code__
except Exception:
    pass
