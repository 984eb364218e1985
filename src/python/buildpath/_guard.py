"""Keeps the checker's machinery out of reach of the code it checks.

The learner's code runs in the same interpreter as the checks, so it could patch a
helper (`checking.Call.returns = ...`), a builtin (`builtins.isinstance = ...`) or a
module the checker relies on (`math.isclose = ...`) to fake a pass. A snapshot of
every function, class and module those namespaces hold is taken when Buildpath
loads, before any learner code has run, and put back after every piece of learner
code returns. State that changes legitimately (caches, the current check's options)
is not a function or class and is left alone.
"""

import ast
import builtins
import copy
import inspect
import io
import json
import linecache
import math
import sys
import time
import traceback
import types
import warnings

_STANDARD_MODULES = (ast, copy, inspect, io, json, linecache, math, time, traceback, types, warnings)
_RESTORABLE = (types.FunctionType, types.BuiltinFunctionType, types.ModuleType, type, classmethod, staticmethod, property)


def _restorable(namespace):
    return {name: value for name, value in namespace.items() if isinstance(value, _RESTORABLE)}


class _Snapshot:
    def __init__(self):
        self.builtins = dict(vars(builtins))
        self.modules = []
        self.classes = []

    def add_module(self, module):
        self.modules.append((module, _restorable(vars(module))))
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__:
                self.classes.append((value, _restorable(dict(vars(value)))))

    def restore(self):
        namespace = vars(builtins)
        for name in [name for name in namespace if name not in self.builtins]:
            del namespace[name]
        namespace.update(self.builtins)
        for module, saved in self.modules:
            vars(module).update(saved)
        for cls, saved in self.classes:
            current = vars(cls)
            for name, value in saved.items():
                if current.get(name) is not value:
                    setattr(cls, name, value)
            for name in [name for name in current if name not in saved and isinstance(current[name], _RESTORABLE)]:
                delattr(cls, name)


_snapshot = None


def protect(*buildpath_modules):
    """Take the snapshot; called once, when the runner is first imported."""
    global _snapshot
    if _snapshot is not None:
        return
    _snapshot = _Snapshot()
    for module in (*_STANDARD_MODULES, *buildpath_modules, sys.modules[__name__]):
        _snapshot.add_module(module)


def restore():
    """Undo whatever the learner's code changed in the checker's namespaces."""
    if _snapshot is not None:
        _snapshot.restore()
