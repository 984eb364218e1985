"""The checker's side of the link to the learner's Python (see _agent.py, _wire.py).

Everything the learner's side sends is read as untrusted plain data: decoded by
`_wire.decode`, its fields checked for type, and turned into values that run no
learner code when the checker compares or describes them. What the checker passes
in (arguments, the functions it lends) crosses the other way; a function the
learner is given stays here and is called back through `serve`.

A link speaks through `exchange(bytes) -> bytes`: in the app a JavaScript function
calling the learner's Pyodide; under CPython (authoring) a child process
(`ProcessExchange`).
"""

import builtins
import collections
import copy
import marshal
import os
import random
import signal
import subprocess
import sys

from . import _wire
from ._wire import MARK

MAX_CALLBACKS = 100_000
MAX_TEXT = 20_000


class LinkBroken(Exception):
    """The learner's Python stopped answering (it crashed, or was ended)."""


class Unreadable(Exception):
    """An answer that is not what was asked for; the learner's side may say anything."""


# ------------------------------------------------ values from the learner's side


class LearnerObject:
    """An object that stayed in the learner's Python: it equals nothing, and reads as
    its kind ("a generator"). Passed back to the learner's code, it is the original."""

    __slots__ = ("_handle", "_description")

    def __init__(self, handle, description):
        self._handle = handle
        self._description = description

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    __hash__ = object.__hash__

    def __repr__(self):
        return self._description

    __str__ = __repr__


_object_types = {}


def _object_type(type_name):
    """A class named like the learner's type, so `type(value).__name__` reads "generator"."""
    if type_name not in _object_types:
        if len(_object_types) > 1000:
            _object_types.clear()
        _object_types[type_name] = type(type_name, (LearnerObject,), {"__slots__": ()})
    return _object_types[type_name]


class LearnerCallable:
    """A function that stayed in the learner's Python, called through the link."""

    __slots__ = ("_link", "_handle", "name", "_params")

    def __init__(self, link, handle, name, params):
        self._link = link
        self._handle = handle
        self.name = name
        self._params = params


class _Remembered:
    def __init__(self, value, handle):
        self.value = value
        self.snapshot = copy.deepcopy(value)
        self.handle = handle


# --------------------------------------------------------------------- the link


class Link:
    def __init__(self, exchange, function_type, share_files=False):
        self._exchange = exchange
        # Pyodide: the two interpreters have their own file systems, so files a check writes
        # for the learner's code to read (tempfile.mkdtemp() and the like) are sent across.
        self._shared_files = _TemporaryFiles() if share_files else None
        self._function_type = function_type  # makes the checker's stand-in for a learner function
        self._callbacks = {}  # number -> the checker's function lent to the learner
        self._callback_numbers = {}  # id(function) -> number
        self._remembered = {}  # id(value) -> _Remembered, for plain values that lost their type
        self._calls = 0
        self.judge_error = None  # a CheckFailed or NotAttempted a lent function raised
        self.broken = None
        self.displays = []  # what the learner's code showed, in order
        self.module_displays = 0  # how many of them its module showed as it loaded

    # -- requests

    def request(self, message):
        if self.broken is not None:
            raise LinkBroken(self.broken)
        if self._shared_files is not None:
            files = self._shared_files.changed()
            if files:
                message = {**message, "files": files}
        data = _wire.encode(self.to_wire(message))
        try:
            answer = self._exchange(data)
        except LinkBroken as error:
            self.broken = str(error)
            raise
        try:
            reply = _wire.decode(answer, self._special)
        except _wire.WireError as error:
            raise Unreadable(str(error)) from None
        if type(reply) is not dict or type(reply.get("status")) is not str:
            raise Unreadable("the answer is not a reply")
        if reply["status"] == "broken":
            raise Unreadable(text(reply, "text") or "the learner's side could not answer")
        return reply

    def next_call(self):
        self._calls += 1
        return self._calls

    def remember(self, value, handle):
        """A plain value that lost its type on the way (a Counter as a dict): passed back
        unchanged, the learner's code gets (a copy of) its original."""
        if type(handle) is int and handle > 0 and type(value) in _wire.CONTAINERS:
            self._remembered[id(value)] = _Remembered(value, handle)

    # -- the checker's values as plain data

    def to_wire(self, value):
        try:
            marshal.dumps(value)
            if not self._remembered:
                return value
        except (ValueError, TypeError):
            pass
        return self._to_wire(value, 0)

    def _to_wire(self, value, depth):
        kind = type(value)
        if kind in _wire.SCALARS:
            return value
        if depth > _wire.MAX_DEPTH:
            raise TypeError("the value passed to the learner's code is nested too deeply")
        remembered = self._remembered.get(id(value))
        if remembered is not None and remembered.value is value:
            try:
                unchanged = value == remembered.snapshot
            except Exception:
                unchanged = False
            if unchanged:
                return (MARK, "ref", remembered.handle)
        if kind is list:
            return [self._to_wire(item, depth + 1) for item in value]
        if kind is tuple:
            return tuple(self._to_wire(item, depth + 1) for item in value)
        if kind is dict:
            return {self._to_wire(k, depth + 1): self._to_wire(v, depth + 1) for k, v in value.items()}
        if kind in (set, frozenset):
            return kind(self._to_wire(item, depth + 1) for item in value)
        if isinstance(value, LearnerObject):
            return (MARK, "ref", value._handle)
        if isinstance(value, LearnerCallable):
            return (MARK, "ref", value._handle)
        if isinstance(value, random.Random) and not isinstance(value, random.SystemRandom):
            return (MARK, "random", value.getstate())
        return self._library_value(value, depth) or self._other(value, depth)

    def _library_value(self, value, depth):
        """Containers of the standard library keep their type on the learner's side."""
        def plain(part):
            return self._to_wire(part, depth + 1)

        if isinstance(value, collections.Counter):
            return (MARK, "Counter", plain(dict(value)))
        if isinstance(value, collections.OrderedDict):
            return (MARK, "OrderedDict", plain(list(value.items())))
        if isinstance(value, collections.defaultdict):
            return (MARK, "defaultdict", plain(value.default_factory), plain(dict(value)))
        if isinstance(value, collections.deque):
            return (MARK, "deque", plain(list(value)), value.maxlen)
        if isinstance(value, tuple) and hasattr(type(value), "_fields"):
            return (MARK, "namedtuple", type(value).__name__, list(type(value)._fields), plain(tuple(value)))
        return None

    def _other(self, value, depth):
        if isinstance(value, type) and getattr(builtins, value.__name__, None) is value:
            return (MARK, "type", value.__name__)
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value)
        if isinstance(value, str):
            return str(value)
        if isinstance(value, (list, tuple, set, frozenset)):
            items = [self._to_wire(item, depth + 1) for item in value]
            return items if isinstance(value, list) else tuple(items) if isinstance(value, tuple) else set(items)
        if isinstance(value, dict):
            return {self._to_wire(k, depth + 1): self._to_wire(v, depth + 1) for k, v in value.items()}
        if callable(value):
            return (MARK, "callback", self._lend(value), _callable_name(value))
        raise TypeError(
            f"a check can pass the learner's code plain data, functions and random.Random generators, "
            f"not {type(value).__name__}"
        )

    def _lend(self, function):
        number = self._callback_numbers.get(id(function))
        if number is not None and self._callbacks[number] is function:
            return number
        if len(self._callbacks) >= MAX_CALLBACKS:
            raise TypeError("too many functions passed to the learner's code")
        number = len(self._callbacks) + 1
        self._callbacks[number] = function
        self._callback_numbers[id(function)] = number
        return number

    # -- tagged values from the learner's side

    def _special(self, tagged):
        kind, fields = tagged[1], tagged[2:]
        if kind == "opaque" and _shape(fields, int, str, str):
            return _object_type(fields[1])(fields[0], fields[2][:200])
        if kind == "function" and len(fields) == 3 and _shape(fields[:2], int, str) and _names(fields[2]):
            return self._function_type(self, fields[0], fields[1][:100], fields[2])
        if kind == "random" and len(fields) == 1:
            generator = random.Random()
            try:
                generator.setstate(fields[0])
            except Exception:
                raise _wire.WireError("a random generator's state is malformed") from None
            return generator
        if kind == "callback" and len(fields) == 1 and type(fields[0]) is int and fields[0] in self._callbacks:
            return self._callbacks[fields[0]]
        if kind == "tuple" and len(fields) == 1 and type(fields[0]) is tuple:
            return fields[0]
        raise _wire.WireError(f"the answer holds an unknown value ({kind[:40]!r})")

    def decode_own(self, data):
        """What this side sent (bytes from to_wire), read back: the values as they were passed."""
        return _wire.decode(data, self._own_special)

    def _own_special(self, tagged):
        kind, fields = tagged[1], tagged[2:]
        if kind == "callback":
            return self._callbacks[fields[0]]
        if kind == "random":
            generator = random.Random()
            generator.setstate(fields[0])
            return generator
        if kind == "ref":
            return _object_type("object")(fields[0], "an object of your code")
        rebuilt = _wire.rebuild_plain(kind, fields)
        if rebuilt is not None:
            return rebuilt
        raise _wire.WireError(f"unknown value of kind {kind!r}")

    # -- the learner's code calling a function the checker lent it

    def serve(self, data):
        try:
            message = _wire.decode(data, self._special)
            function = self._callbacks[message["id"]]
            args, kwargs = message["args"], message["kwargs"]
            if type(args) is not tuple or type(kwargs) is not dict or not all(type(k) is str for k in kwargs):
                raise _wire.WireError("malformed arguments")
        except Exception as error:
            return _wire.encode({"status": "raise", "type": "RuntimeError", "message": f"the checker could not read this call ({error})"})
        try:
            reply = {"status": "ok", "value": function(*args, **kwargs)}
            return _wire.encode(self.to_wire(reply))
        except KeyboardInterrupt:
            return _wire.encode({"status": "raise", "type": "KeyboardInterrupt", "message": ""})
        except BaseException as error:
            if type(error).__name__ in ("CheckFailed", "NotAttempted") and self.judge_error is None:
                self.judge_error = error
            message = str(error)[:300] if type(error).__name__ not in ("CheckFailed", "NotAttempted") else "the check stopped here"
            return _wire.encode({"status": "raise", "type": type(error).__name__, "message": message})


class _TemporaryFiles:
    """Files under the temporary folder the checker's side wrote since they were last sent."""

    MAX_BYTES = 32 * 1024 * 1024

    def __init__(self):
        import tempfile

        self.root = tempfile.gettempdir()
        self.sent = {}

    def changed(self):
        files, total = [], 0
        for folder, _dirs, names in os.walk(self.root):
            for name in names:
                path = os.path.join(folder, name)
                try:
                    info = os.stat(path)
                    stamp = (info.st_mtime_ns, info.st_size)
                    if self.sent.get(path) == stamp or total + info.st_size > self.MAX_BYTES:
                        continue
                    with open(path, "rb") as file:
                        files.append([path, file.read()])
                except OSError:
                    continue
                total += info.st_size
                self.sent[path] = stamp
        return files


def clear_temporary_files():
    """Pyodide: the checker's temporary folder starts each check job empty."""
    import shutil
    import tempfile

    root = tempfile.gettempdir()
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.remove(path)
            except OSError:
                pass


def _shape(fields, *types):
    return len(fields) == len(types) and all(type(field) is kind for field, kind in zip(fields, types))


def _names(params):
    return params is None or (type(params) is list and len(params) < 1000 and all(type(p) is str for p in params))


def _callable_name(function):
    name = getattr(function, "__name__", None)
    return name[:100] if isinstance(name, str) else type(function).__name__


def text(reply, key):
    """A string field of a reply, capped; None when absent or not a string."""
    value = reply.get(key)
    if type(value) is not str:
        return None
    return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"


def number(reply, key):
    value = reply.get(key)
    return value if type(value) is int else None


# ---------------------------------------------------------------- exchanges


_current = None  # the link of the check job being run (Pyodide: serve_js reaches it)


def open_link(exchange, function_type, share_files=False):
    global _current
    _current = Link(exchange, function_type, share_files)
    return _current


def close_link():
    global _current
    _current = None


def js_exchange(send):
    """Pyodide: `send` is the host's JavaScript function to the learner's interpreter."""
    from pyodide.ffi import JsException, to_js

    def exchange(data):
        try:
            answer = send(to_js(data))
        except JsException as error:
            raise LinkBroken(str(error)[:500]) from None
        try:
            return answer.to_bytes()
        except Exception:
            raise LinkBroken("the learner's Python gave no answer") from None

    return exchange


def serve_js(js_bytes):
    """Pyodide: the host calls this when the learner's code calls a function the checker lent it."""
    from pyodide.ffi import to_js

    data = js_bytes.to_bytes()
    if _current is None:
        return to_js(_wire.encode({"status": "raise", "type": "RuntimeError", "message": "no check is running"}))
    return to_js(_current.serve(data))


class ProcessExchange:
    """CPython (authoring): the learner's code in a `python3 -m buildpath._agent` child.

    A KeyboardInterrupt here (the time budget's alarm) is passed on to the child as
    SIGINT; a child that does not answer soon after is ended.
    """

    GRACE_SECONDS = 2

    def __init__(self, cwd=None):
        package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = {**os.environ, "PYTHONPATH": package_root + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "buildpath._agent"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd, env=env,
        )
        self.serve = None

    def __call__(self, data):
        from ._agent import read_frame, write_frame

        if self.process.poll() is not None:
            raise LinkBroken("the learner's Python has ended")
        try:
            write_frame(self.process.stdin, b"Q", data)
            while True:
                kind, payload = self._read(read_frame)
                if kind == b"R":
                    return payload
                write_frame(self.process.stdin, b"R", self.serve(payload))
        except (OSError, EOFError) as error:
            raise LinkBroken(f"the learner's Python has ended ({error})") from None

    def _read(self, read_frame):
        try:
            return read_frame(self.process.stdout)
        except KeyboardInterrupt:
            self.process.send_signal(signal.SIGINT)
            import threading

            timer = threading.Timer(self.GRACE_SECONDS, self.process.kill)
            timer.start()
            try:
                return read_frame(self.process.stdout)
            finally:
                timer.cancel()

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
