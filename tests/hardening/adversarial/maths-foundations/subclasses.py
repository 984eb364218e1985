# Attack: finds the checker's classes through object.__subclasses__() and follows their methods
# Issue 20: every class in the interpreter is a subclass of object; a checker class's method
# has __globals__, the checker module's namespace, which holds the reference as `solution`.
# Over: wrong-answer.py delegate.py

def _all_classes():
    seen, todo = set(), [object]
    while todo:
        cls = todo.pop()
        try:
            below = type.__subclasses__(cls)
        except Exception:
            continue
        for sub in below:
            if id(sub) not in seen:
                seen.add(id(sub))
                todo.append(sub)
                yield sub


def _reference():
    for cls in _all_classes():
        for value in list(vars(cls).values()):
            namespace = getattr(value, "__globals__", None)
            if isinstance(namespace, dict) and namespace is not globals():
                found = namespace.get("solution")
                if found is not None and hasattr(found, "cosine_similarity"):
                    return found
    return None
