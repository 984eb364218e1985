"""What a milestone's checks.py declares: each check's name, task, hidden flag,
budget and line, read by running checks.py the way the checker does, so a name
taken from a docstring or computed in Python is exactly the one the checker shows.

Validation (`buildpath validate`, the packs suite) uses it to confirm that every
task a check names has its heading and every `# check:` header names a check.
"""

import json
import sys
import types

from . import _source, checking

_SUPPORT_MODULE = "checks_support"


def list_checks(request_json):
    """Request: {"checks": source, "checksSupport": source or null}. Answer: {"checks": [...]} or {"error": text}."""
    request = json.loads(request_json)
    saved_registry, saved_support = checking._registry, sys.modules.get(_SUPPORT_MODULE)
    checking._registry = []
    try:
        if request.get("checksSupport") is not None:
            sys.modules[_SUPPORT_MODULE] = _module_of(request["checksSupport"], _SUPPORT_MODULE)
        _module_of(request["checks"], "checks")
        declared = list(checking._registry)
    except BaseException as error:  # the author's mistake, reported as a pack problem
        return json.dumps({"error": _source.exception_line(error)})
    finally:
        checking._registry = saved_registry
        if saved_support is None:
            sys.modules.pop(_SUPPORT_MODULE, None)
        else:
            sys.modules[_SUPPORT_MODULE] = saved_support
    return json.dumps({"checks": [_describe(definition) for definition in declared]})


def _module_of(source, name):
    module = types.ModuleType(name)
    module.__file__ = f"{name}.py"
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def _describe(definition):
    return {
        "name": definition.name,
        "task": definition.task,
        "hidden": bool(definition.hidden),
        "seconds": definition.seconds,
        # For a decorated function this is the line of its first decorator.
        "line": definition.function.__code__.co_firstlineno,
    }
