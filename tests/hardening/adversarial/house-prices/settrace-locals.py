# Attack: sys.settrace rewrites the checker's locals to "pass"
# Issue 21: a tracer installed at import time follows every check; in the frame that runs a
# check it sets status to "pass" and message to None on every line. The functions are wrong.
# Over: wrong-answer.py
import sys


def _in_checker(frame, event, arg):
    if "status" in frame.f_locals:
        frame.f_locals["status"] = "pass"
        frame.f_locals["message"] = None
    return _in_checker


def _tracer(frame, event, arg):
    return _in_checker if frame.f_code.co_name == "_run_one" else None


sys.settrace(_tracer)
