"""What a milestone's checks.py declares: each check's name, task, hidden flag,
budget and line, read by running checks.py the way the checker does, so a name
taken from a docstring or computed in Python is exactly the one the checker shows.

Validation (`buildpath validate`, the packs suite) uses it to confirm that every
task a check names has its heading and every `# check:` header names a check.
"""

import json

from . import _runner, _source, checking


def list_checks(request_json):
    """Request: {"checks": source, "checksSupport": source or null}. Answer: {"checks": [...]} or {"error": text}."""
    request = json.loads(request_json)
    saved_registry = checking._registry
    checking._registry = []
    try:
        namespace = {"__name__": "checks", "__file__": "checks.py"}
        with _runner._checks_support(request.get("checksSupport")):
            exec(compile(request["checks"], "checks.py", "exec"), namespace)
        declared = list(checking._registry)
    except BaseException as error:  # the author's mistake, reported as a pack problem
        return json.dumps({"error": _source.exception_line(error)})
    finally:
        checking._registry = saved_registry
    return json.dumps({"checks": [_describe(definition) for definition in declared]})


def _describe(definition):
    return {
        "name": definition.name,
        "task": definition.task,
        "hidden": bool(definition.hidden),
        "seconds": definition.seconds,
        # For a decorated function this is the line of its first decorator.
        "line": definition.function.__code__.co_firstlineno,
    }
