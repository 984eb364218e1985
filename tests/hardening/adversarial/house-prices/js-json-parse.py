# Attack: replaces the worker's JavaScript JSON.parse so that the check's result reads "pass"
# The worker turns the checker's JSON answer into a result with JSON.parse after the learner's
# code has run in the same JavaScript realm; a replaced JSON.parse would rewrite every verdict.
# Over: wrong-answer.py

try:
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
except Exception:
    pass
