"""The checker's entry point: check a milestone submission.

It runs in the checker's own interpreter, which holds checks.py, the project's
checks_support.py and the reference solution and never runs the learner's code:
that runs in another interpreter, reached through a link (_link.py) given by the
host as `exchange`. Takes and returns JSON strings so that every host (the Pyodide
worker, the CPython authoring tool) speaks the same format; the result format is
documented in docs/check-result.md.
"""

import json
import os
import random
import sys
import time
import types
import warnings

from . import _host, _link, _source, checking
from ._contract import DEFAULT_BUDGET_SECONDS, OUTPUT_MAX_CHARS, RESULT_FORMAT, RESULT_VERSION

OUTPUT_LIMIT = OUTPUT_MAX_CHARS
MODULE_BUDGET_SECONDS = 10


def check_submission(request_json, exchange, share_files=False):
    """`exchange(bytes) -> bytes` reaches the learner's interpreter, fresh for this job;
    `share_files`: it has a file system of its own, to send the checks' temporary files to."""
    request = json.loads(request_json)
    started = time.perf_counter()
    link = _link.open_link(exchange, checking.ReturnedFunction, share_files)
    try:
        result = _check(request, link)
    finally:
        _link.close_link()
    result["duration_ms"] = _ms(started)
    return json.dumps(result, allow_nan=False, default=repr)


def check_submission_js(request_json, send):
    """check_submission() for Pyodide: `send` is the host's JavaScript function to the learner's interpreter."""
    _link.clear_temporary_files()
    return check_submission(request_json, _link.js_exchange(send), share_files=True)


def _result(request, status, message=None, tests=(), displays=(), error_line=None):
    return {
        "version": RESULT_VERSION,
        "format": RESULT_FORMAT,
        "status": status,
        "message": message,
        "error_line": error_line,
        "project": request["project"],
        "milestone": request["milestone"],
        "tests": list(tests),
        "displays": _json_displays(displays),
        "duration_ms": 0,
    }


def _check(request, link):
    code, filename = request["code"], request["filename"]
    cwd = request.get("cwd")
    if cwd:
        os.chdir(cwd)
    checks = _load_checks(request)

    if _source.is_unchanged(code, request["starter"]):
        message = "You have not changed the starter code yet."
        tests = [_test(c, "not_attempted", message, None, 0) for c in checks]
        return _result(request, "not_attempted", message, tests)

    output, problem = _run_learner_module(link, code, filename, cwd)
    if problem is not None:
        message, line = problem
        return _result(request, "error", message, displays=link.displays, error_line=line)
    learner = checking.Learner(link, code, output, link.displays)
    shown, tests = [], []
    for index, definition in enumerate(checks):
        before = len(link.displays)
        tests.append(_run_one(index, definition, learner, request, link))
        # What the learner's code showed during a hidden check could carry its inputs.
        if not definition.hidden:
            shown.extend(link.displays[before:])
    return _result(request, _overall(tests), None, tests, link.displays[: link.module_displays] + shown)


def _load_checks(request):
    checking._registry = []
    checking._cache_scope = request["project"]
    checking.solution._use(request["solution"])
    namespace = {"__name__": "checks", "__file__": "checks.py"}
    with _checks_support(request.get("checksSupport")):
        exec(compile(request["checks"], "checks.py", "exec"), namespace)
    return list(checking._registry)


# ---------------------------------------------------- checks_support (pack format 2)

class _checks_support:
    """The project's checks_support.py as the module `checks_support` while checks.py loads.

    It leaves sys.modules afterwards: checks.py has bound what it imported.
    """

    def __init__(self, source):
        self.source = source

    def __enter__(self):
        if self.source is not None:
            module = types.ModuleType("checks_support")
            module.__file__ = "checks_support.py"
            sys.modules["checks_support"] = module
            exec(compile(self.source, "checks_support.py", "exec"), module.__dict__)

    def __exit__(self, *exc):
        sys.modules.pop("checks_support", None)


def _run_learner_module(link, code, filename, cwd):
    """Load the learner's code as the module `learner` in its own interpreter. Returns
    what it printed, and (message, line) if it could not run."""
    checking.context.interrupts_at_start = _host.interrupt_count()
    _host.check_started(-1, "running your code", MODULE_BUDGET_SECONDS)
    try:
        reply = link.request({"op": "load", "code": code, "filename": filename, "cwd": cwd})
        problem = _module_problem(reply)
    except KeyboardInterrupt:
        reply, problem = {}, _took_too_long()
    except (_link.LinkBroken, _link.Unreadable) as error:
        reply, problem = {}, (f"Your code could not be loaded for checking: Python stopped ({error}).", None)
    finally:
        _host.check_finished("null")
    if checking._interrupt_requested():
        problem = _took_too_long()
    checking._keep_displays(link, reply)
    link.module_displays = len(link.displays)
    return _link.text(reply, "output") or "", problem


def _took_too_long():
    return (
        f"Your code took longer than {MODULE_BUDGET_SECONDS} s to run before any check could start. "
        "Put slow exploration under `if __name__ == \"__main__\":`.",
        None,
    )


def _module_problem(reply):
    status = reply["status"]
    line = _link.number(reply, "line")
    text = _link.text(reply, "text") or ""
    if status == "ok":
        return None
    if status == "syntax":
        return f"Your code has a syntax error, so it could not be checked:\n{text}", line
    if status == "interrupted":
        return "Your code raised KeyboardInterrupt at the top level, so it could not be checked.", None
    if status == "exit":
        return "Your code called exit() at the top level, so it could not be checked.", None
    if status == "error":
        return "Your code raised an error before any check could run:\n" + text, line
    return f"Your code could not be loaded for checking ({text or status[:40]}).", None


def _run_one(index, definition, learner, request, link):
    budget = definition.seconds or request.get("defaultBudgetSeconds") or DEFAULT_BUDGET_SECONDS
    checking.context.hidden = definition.hidden
    checking.context.reveal_expected = bool(request.get("revealExpected"))
    checking.context.filename = request["filename"]
    checking.context.interrupts_at_start = _host.interrupt_count()
    random.seed(0)
    started = time.perf_counter()
    status, message = "pass", None
    with checking.captured_output() as output, _quiet_warnings():
        _host.check_started(index, definition.name, budget)
        try:
            checking._ask(link, {"op": "begin_check"}, "Preparing this check, your code")
            definition.function(learner)
        except checking.CheckFailed as failure:
            status, message = "fail", str(failure)
        except checking.NotAttempted as reason:
            status, message = "not_attempted", str(reason)
        except KeyboardInterrupt:
            if time.perf_counter() - started < budget * 0.9:
                raise  # the learner pressed Stop: abandon the whole check
            status, message = "timeout", f"This check took longer than {budget:g} s, so it was stopped. Is there a loop that never ends?"
        except RecursionError:
            status, message = "fail", "Your code called itself too deeply (RecursionError). Is a recursive call missing its base case?"
        except BaseException as error:  # whatever a check raises, it has not passed
            status, message = "error", (
                "This check could not finish: "
                + _source.exception_line(error)
                + ". This may come from an unexpected value your code returned."
            )
        finally:
            # A hidden check's inputs must not come back in what the learner's code printed.
            shown_output = None if definition.hidden else _cap(output.stdout.getvalue())
            test = _test(definition, status, message, shown_output, _ms(started))
            _host.check_finished(json.dumps(test))
    return test


class _quiet_warnings(warnings.catch_warnings):
    """Warnings are shown in the output and never fail a check."""

    def __enter__(self):
        result = super().__enter__()
        warnings.simplefilter("always")
        return result


def _test(definition, status, message, output, duration_ms):
    return {
        "name": definition.name,
        "task_id": definition.task,
        "status": status,
        "message": message,
        "output": output or None,
        "hidden": definition.hidden,
        "duration_ms": duration_ms,
    }


def _overall(tests):
    statuses = {test["status"] for test in tests}
    if statuses == {"pass"}:
        return "pass"
    if statuses == {"not_attempted"}:
        return "not_attempted"
    return "fail"


def _json_displays(displays):
    """Display records as the result carries them: only those that are JSON data."""
    kept = []
    for record in displays:
        try:
            json.dumps(record, allow_nan=False)
        except (TypeError, ValueError, RecursionError):
            continue
        kept.append(record)
    return kept


def _cap(text):
    return text if len(text) <= OUTPUT_LIMIT else text[: OUTPUT_LIMIT - 1] + "…"


def _ms(started):
    return round((time.perf_counter() - started) * 1000, 1)
