# Attack: a Run leaves a tracer behind that marks every test "pass" in the next Check
# Issue 21: sys.settrace survived from a Run to the next Check in the same worker; when the
# checker sums the tests up in _overall, the tracer rewrites each one first.
import sys


def _tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "_overall":
        for test in frame.f_locals.get("tests", []):
            if isinstance(test, dict):
                test["status"] = "pass"
                test["message"] = None
    return None


sys.settrace(_tracer)
print("tracer left behind")
