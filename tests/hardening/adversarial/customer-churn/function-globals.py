# Attack: starts from the public buildpath.show and follows __globals__ to every module it reaches
# Issue 20: show is the one module learners may import; its functions' __globals__ name the
# modules it imported, theirs name others, and so on until something holds the reference.
# Over: wrong-answer.py delegate.py
import types

from buildpath import show


def _reference():
    todo, seen = [show], set()
    while todo:
        module = todo.pop()
        if id(module) in seen:
            continue
        seen.add(id(module))
        namespaces = [vars(module)] + [value.__globals__ for value in vars(module).values()
                                       if isinstance(value, types.FunctionType)]
        for namespace in namespaces:
            for value in list(namespace.values()):
                if type(value).__name__ == "_Solution":
                    return value
                if isinstance(value, types.ModuleType) and value.__name__ != __name__:
                    todo.append(value)
                if isinstance(value, dict) and value is not globals() and all(isinstance(v, types.ModuleType) for v in list(value.values())[:5]):
                    todo.extend(v for v in list(value.values()) if isinstance(v, types.ModuleType))
    return None
