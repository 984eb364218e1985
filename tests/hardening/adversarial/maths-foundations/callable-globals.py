# Attack: reads __globals__ of the functions the checks pass in, and answers with the reference
# Issue 20: derivative(f, x) is given functions defined in checks.py (whose globals hold
# `solution`) and the reference's own line_loss (whose globals are the reference module).
# Once found, the reference is kept for the calls that pass no function.
# Over: 06-wrong-answer.py 06-delegate.py
_found = []


def _reference(*args):
    for value in args:
        namespace = getattr(value, "__globals__", None)
        if isinstance(namespace, dict) and namespace is not globals():
            if namespace.get("solution") is not None:
                _found.append(namespace["solution"])
            elif callable(namespace.get("derivative")):
                _found.append(type("Reference", (), {k: staticmethod(v) for k, v in namespace.items() if callable(v)}))
    return _found[-1] if _found else None
