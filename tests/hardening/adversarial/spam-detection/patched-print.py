# Attack: replaces print and sys.stdout.write with functions that announce a pass
# Whatever the checker or anyone else prints while checking would say "Milestone passed".
# Over: wrong-answer.py
import builtins
import sys


def _announce(*args, **kwargs):
    sys.__stdout__.write("Milestone passed\n")


builtins.print = _announce
try:
    sys.stdout.write = lambda text: len(text)
except Exception:
    pass
