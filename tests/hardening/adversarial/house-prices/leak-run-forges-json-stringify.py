# Attack: a Run replaces the worker's JavaScript JSON.stringify, so the next check gets other checks
# Run, not Check: the worker serialises each request for Python with JSON.stringify; the replaced
# one swaps the milestone's checks.py for one whose only check always passes.
import json

import js
from pyodide.ffi import create_proxy

_stringify = js.JSON.stringify
ALWAYS = 'from buildpath.checking import check\n\n@check()\ndef fine(learner):\n    """all is well"""\n'


def _forged(value, *rest):
    text = _stringify(value, *rest)
    try:
        request = json.loads(text)
        if isinstance(request, dict) and "checks" in request and "solution" in request:
            request["checks"] = ALWAYS
            request["checksSupport"] = None
            return json.dumps(request)
    except Exception:
        pass
    return text


js.JSON.stringify = create_proxy(_forged)
print("JSON.stringify replaced")
