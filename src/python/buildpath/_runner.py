"""Entry points the host calls: run a program, or check a milestone submission.

Both take and return JSON strings so that every host (the Pyodide worker, the
CPython authoring tool) speaks the same format; the result format is documented
in docs/check-result.md.
"""

import json
import os
import random
import sys
import time
import types
import warnings

from . import _guard, _host, _source, _values, checking
from ._contract import DEFAULT_BUDGET_SECONDS, OUTPUT_MAX_CHARS, RESULT_FORMAT, RESULT_VERSION

OUTPUT_LIMIT = OUTPUT_MAX_CHARS
MODULE_BUDGET_SECONDS = 10
LEARNER_MODULE = "learner"


# ------------------------------------------------------------------ running


def run_program(request_json):
    """Run the learner's program as __main__; its output streams to the host."""
    _guard.restore()
    request = json.loads(request_json)
    code, filename = request["code"], request["filename"]
    _enter(request.get("cwd"))
    started = time.perf_counter()
    outcome = {"status": "ok"}
    try:
        compiled = _compile(code, filename)
        module = _fresh_module("__main__", filename)
        sys.modules["__main__"] = module
        exec(compiled, module.__dict__)
    except SyntaxError as error:
        outcome = _syntax_outcome(error, filename)
    except KeyboardInterrupt:
        outcome = {"status": "interrupted"}
    except SystemExit as error:
        if error.code not in (None, 0):
            outcome = {"status": "error", "traceback": f"SystemExit: {error.code}"}
    except BaseException as error:  # the learner's exception, reported, never raised
        outcome = _error_outcome(error, filename)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    outcome["durationMs"] = round((time.perf_counter() - started) * 1000, 1)
    if outcome["status"] == "error" and "traceback" in outcome:
        print(outcome["traceback"], file=sys.stderr)
        sys.stderr.flush()
    return json.dumps(outcome)


def _syntax_outcome(error, filename):
    line, column, message = _source.syntax_error_details(error, filename)
    return {
        "status": "error",
        "traceback": message,
        "error": {"line": line, "column": column, "message": error.msg, "kind": type(error).__name__},
    }


def _error_outcome(error, filename):
    outcome = {"status": "error", "traceback": _source.format_exception(error, filename)}
    line = _source.last_learner_line(error, filename)
    if line is not None:
        outcome["error"] = {"line": line, "message": _source.exception_line(error), "kind": type(error).__name__}
    return outcome


def _compile(code, filename):
    _source.register(filename, code)
    return compile(code, filename, "exec")


def _fresh_module(name, filename):
    module = types.ModuleType(name)
    module.__file__ = filename
    return module


def _enter(cwd):
    if cwd:
        os.chdir(cwd)


# ----------------------------------------------------------------- checking


def check_submission(request_json):
    _guard.restore()
    request = json.loads(request_json)
    started = time.perf_counter()
    result = _check(request)
    _guard.restore()
    result["duration_ms"] = _ms(started)
    return json.dumps(result, allow_nan=False, default=repr)


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
        "displays": list(displays),
        "duration_ms": 0,
    }


def _check(request):
    code, filename = request["code"], request["filename"]
    _enter(request.get("cwd"))
    checks = _load_checks(request)

    if _source.is_unchanged(code, request["starter"]):
        message = "You have not changed the starter code yet."
        tests = [_test(c, "not_attempted", message, None, 0) for c in checks]
        return _result(request, "not_attempted", message, tests)

    # Displays are collected for the whole check, so `learner.shown` also sees what
    # the learner's functions show when the checks call them.
    with _host.collecting_displays() as displays:
        module, output, problem = _run_learner_module(code, filename)
        if problem is not None:
            message, line = problem
            return _result(request, "error", message, displays=displays, error_line=line)
        learner = checking.Learner(module, code, output, displays)
        tests = [_run_one(index, definition, learner, request) for index, definition in enumerate(checks)]
    return _result(request, _overall(tests), None, tests, displays)


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

    It leaves sys.modules afterwards: checks.py has bound what it imported, and the
    learner's code, which runs next, cannot `import checks_support` to alter it.
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


def _run_learner_module(code, filename):
    """Run the learner's code as the module `learner`. Returns the module, what it
    printed, and (message, line) if it could not run."""
    try:
        compiled = _compile(code, filename)
    except SyntaxError as error:
        line, _column, message = _source.syntax_error_details(error, filename)
        return None, "", (f"Your code has a syntax error, so it could not be checked:\n{message}", line)

    module = _fresh_module(LEARNER_MODULE, filename)
    sys.modules[LEARNER_MODULE] = module  # dataclasses and pickle look modules up here
    random.seed(0)
    with checking.captured_output() as output, _quiet_warnings():
        _host.check_started(-1, "running your code", MODULE_BUDGET_SECONDS)
        try:
            exec(compiled, module.__dict__)
            problem = None
        except KeyboardInterrupt:
            problem = (
                f"Your code took longer than {MODULE_BUDGET_SECONDS} s to run before any check could start. "
                "Put slow exploration under `if __name__ == \"__main__\":`.",
                None,
            )
        except SystemExit:
            problem = ("Your code called exit() at the top level, so it could not be checked.", None)
        except BaseException as error:
            problem = (
                "Your code raised an error before any check could run:\n" + _source.format_exception(error, filename),
                _source.last_learner_line(error, filename),
            )
        finally:
            _guard.restore()
            _host.check_finished("null")
    return module, output.stdout.getvalue(), problem


class _quiet_warnings(warnings.catch_warnings):
    """Warnings are shown in the output and never fail a check."""

    def __enter__(self):
        result = super().__enter__()
        warnings.simplefilter("always")
        return result


def _run_one(index, definition, learner, request):
    budget = definition.seconds or request.get("defaultBudgetSeconds") or DEFAULT_BUDGET_SECONDS
    checking.context.hidden = definition.hidden
    checking.context.reveal_expected = bool(request.get("revealExpected"))
    checking.context.filename = request["filename"]
    random.seed(0)
    started = time.perf_counter()
    status, message = "pass", None
    with checking.captured_output() as output, _quiet_warnings():
        _host.check_started(index, definition.name, budget)
        try:
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
        except Exception as error:
            status, message = "error", (
                "This check could not finish: "
                + _source.exception_line(error)
                + ". This may come from an unexpected value your code returned."
            )
        finally:
            _guard.restore()  # values the learner returned may have run code since the last call
            test = _test(definition, status, message, _cap(output.stdout.getvalue()), _ms(started))
            _host.check_finished(json.dumps(test))
    return test


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


def _cap(text):
    return text if len(text) <= OUTPUT_LIMIT else text[: OUTPUT_LIMIT - 1] + "…"


def _ms(started):
    return round((time.perf_counter() - started) * 1000, 1)


_guard.protect(sys.modules[__name__], _host, _source, _values, checking)
