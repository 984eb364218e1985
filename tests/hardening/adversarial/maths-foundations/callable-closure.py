# Attack: reads __closure__ of the functions the checks pass in, and what their cells hold
# Issue 20: a function the check hands over carries its cells (the hidden polynomial's
# coefficients, the loss's data) and, through any function in them, that function's globals.
# Over: 06-wrong-answer.py 06-delegate.py
_found = []


def _walk(start):
    todo, seen = [start], set()
    while todo:
        value = todo.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        for cell in getattr(value, "__closure__", None) or ():
            try:
                inner = cell.cell_contents
            except ValueError:
                continue
            namespace = getattr(inner, "__globals__", None)
            if isinstance(namespace, dict) and namespace is not globals():
                found = namespace.get("solution")
                if found is None and callable(namespace.get("derivative")):
                    found = type("Reference", (), {k: staticmethod(v) for k, v in namespace.items() if callable(v)})
                if found is not None:
                    return found
            if callable(inner):
                todo.append(inner)
    return None


def _reference(*args):
    for value in args:
        found = _walk(value) if callable(value) else None
        if found is not None:
            _found.append(found)
    return _found[-1] if _found else None
