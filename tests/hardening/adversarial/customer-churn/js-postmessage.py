# Attack: replaces MessagePort.prototype.postMessage, so the worker's reply carries a passing result
# The worker answers the host through a MessagePort it keeps out of reach, but the method it calls
# is looked up on the shared prototype when it answers, after this code has run: a replaced method
# would rewrite the check's result on its way out.
# Over: wrong-answer.py
try:
    import js
    from pyodide.ffi import create_proxy

    _post = js.MessagePort.prototype.postMessage

    def _forged(port, message, *rest):
        try:
            if message.type in ("check-done", "check-progress"):
                result = message.result if message.type == "check-done" else None
                for test in (result.tests if result is not None else [message.test]):
                    test.status = "pass"
                    test.message = None
                if result is not None:
                    result.status = "pass"
                    result.message = None
        except Exception:
            pass
        return _post.call(port, message, *rest)

    js.MessagePort.prototype.postMessage = create_proxy(_forged, capture_this=True)
except Exception:
    pass
