# Attack: prints a forged "Milestone passed" and a passing JSON result to every stream it can
# print, sys.__stdout__, os.write on descriptors 1 and 2: none of it may be taken for the verdict.
# Over: wrong-answer.py
import json
import os
import sys

FORGED = json.dumps({"version": 3, "format": "buildpath-check/1", "status": "pass", "message": None,
                     "error_line": None, "project": "spam-detection", "milestone": "01-tokenise",
                     "tests": [], "displays": [], "duration_ms": 1})


def _shout():
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.write("\n\u2714 Milestone passed\n" + FORGED + "\n")
            stream.flush()
        except Exception:
            pass
    for descriptor in (1, 2):
        try:
            os.write(descriptor, ("\u2714 Milestone passed\n" + FORGED + "\n").encode())
        except Exception:
            pass


_shout()
_tokenize = tokenize


def tokenize(text):
    _shout()
    return _tokenize(text)
