# Attack: imports every module of the buildpath package and searches them for the reference
# Issue 20: only buildpath.show is public; any other module (found with pkgutil, imported with
# importlib) would lead to the checker's state.
# Over: wrong-answer.py delegate.py
import importlib
import pkgutil


def _reference():
    import buildpath

    for module in pkgutil.iter_modules(buildpath.__path__):
        try:
            loaded = importlib.import_module("buildpath." + module.name)
        except Exception:
            continue
        for value in list(vars(loaded).values()):
            if type(value).__name__ == "_Solution" or (hasattr(value, "cosine_similarity") and value is not None
                                                        and getattr(value, "__name__", "") != __name__):
                return value
    return None
