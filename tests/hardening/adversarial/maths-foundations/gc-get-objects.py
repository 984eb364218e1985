# Attack: searches gc.get_objects() for the reference solution
# Issue 20: the garbage collector lists every tracked object in the interpreter, including the
# reference's module and the namespace of checks.py, if they live there.
# Over: wrong-answer.py delegate.py
import gc


def _reference():
    for thing in gc.get_objects():
        try:
            # A module's namespace (it has __builtins__) other than this one.
            if isinstance(thing, dict) and thing is not globals() and "__builtins__" in thing \
                    and callable(thing.get("cosine_similarity")) and callable(thing.get("most_similar")):
                return type("Found", (), {k: staticmethod(v) for k, v in thing.items() if callable(v)})
            if type(thing).__name__ == "_Solution":
                return thing
        except Exception:
            continue
    return None
