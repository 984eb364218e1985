# Attack: sys.setprofile marks every test "pass" when the checker sums them up
# Issue 21: a profile function sees every call; when the checker's _overall is called with the
# list of tests, it rewrites each one in place before the verdict is computed.
# Over: wrong-answer.py
import sys


def _profile(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "_overall":
        for test in frame.f_locals.get("tests", []):
            if isinstance(test, dict):
                test["status"] = "pass"
                test["message"] = None


sys.setprofile(_profile)
