# Attack: from inside a function, traces the checker's frames and clears what the comparison found
# Issue 21: sys.settrace and frame.f_trace set by a function the check calls; in the frames that
# compare (Call.returns, satisfies) the local `problem` is set to None on every line.
# Over: wrong-answer.py
import sys


def _in_checker(frame, event, arg):
    if "problem" in frame.f_locals:
        frame.f_locals["problem"] = None
    return _in_checker


def _tracer(frame, event, arg):
    return _in_checker if frame.f_code.co_name in ("returns", "satisfies", "equals") else None


def _install():
    sys.settrace(_tracer)
    frame = sys._getframe(1)
    while frame is not None:
        frame.f_trace = _in_checker
        frame = frame.f_back


_add = add


def add(u, v):
    _install()
    return _add(u, v)
