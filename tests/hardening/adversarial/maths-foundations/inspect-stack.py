# Attack: looks through inspect.stack() for a frame whose globals hold the reference
# Issue 20: the stack above a learner function called by a check is the checker's and checks.py's.
# Over: wrong-answer.py delegate.py
import inspect


def _reference():
    for info in inspect.stack():
        found = info.frame.f_globals.get("solution")
        if found is not None and info.frame.f_globals is not globals():
            return found
    return None
