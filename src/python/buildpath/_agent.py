"""The learner's side of the checker: runs in the learner's own interpreter.

The checker (checks.py, the reference solution) lives in another interpreter and
asks this agent, in `marshal` bytes (see _wire.py), to load the learner's module,
look up a name, call a function, read a variable. Answers are plain data made with
the base types' own methods, so nothing the learner's classes override decides how
a value looks to the checker. Functions and other objects stay here; the checker
gets a number for them (a handle) and can pass them back or call them.

Also runs a learner's program for the Run button (`run_program`).

Under CPython (authoring) `python3 -m buildpath._agent` serves the same requests
over its standard input and output.
"""

import builtins
import collections
import copy
import inspect
import json
import marshal
import os
import random
import struct
import sys
import time
import types
import warnings

from . import _host, _run_summary, _source, _wire
from ._capped_text import CappedText
from ._wire import MARK

LEARNER_MODULE = "learner"
CAPTURE_LIMIT = 100_000
MAX_HANDLES = 100_000
REMEMBERED_CALLS = 16
MAX_TEXT = 20_000


# ------------------------------------------------------------------ state


class _State:
    module = None
    filename = "your code"
    ask_judge = None  # bytes -> bytes: the checker's side, for the functions it passes in


_state = _State()
_handles = {}  # handle -> object kept on this side
_judge_functions = {}  # id(stand-in) -> (stand-in, callback number)
_arguments = collections.OrderedDict()  # call number -> (args, kwargs) as the call left them


def connect(ask_judge, sink=None):
    """Called by the host once, before any learner code runs."""
    _state.ask_judge = ask_judge
    if sink is not None:
        _host.connect(sink)


def connect_js(host):
    """connect() for Pyodide: `host.ask_checker` takes and gives Uint8Arrays; `host.display` takes JSON."""
    from pyodide.ffi import to_js

    ask_checker = host.ask_checker
    connect(lambda data: ask_checker(to_js(data)).to_bytes(), host)


# ------------------------------------------------------------ the requests


def serve(data):
    """One request from the checker (bytes) -> the answer (bytes). Never raises."""
    try:
        request = _wire.decode(data, _from_judge)
        _write_files(request.get("files", ()))
        answer = _OPERATIONS[request["op"]](request)
    except BaseException as error:  # a broken request, or learner code that broke this agent
        answer = {"status": "broken", "text": _text(_exception_line(error))}
    try:
        return _wire.encode(answer)
    except BaseException as error:
        return _wire.encode({"status": "broken", "text": _text(_exception_line(error))})


def serve_js(js_bytes):
    """serve() for Pyodide: a Uint8Array in, a Uint8Array out."""
    from pyodide.ffi import to_js

    return to_js(serve(js_bytes.to_bytes()))


def _write_files(files):
    """Files the checks wrote for the learner's code to read (their temporary files)."""
    for path, content in files:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(content)


def _load(request):
    code, filename = request["code"], request["filename"]
    if request.get("cwd"):
        os.chdir(request["cwd"])
    _state.filename = filename
    try:
        compiled = _compile(code, filename)
    except SyntaxError as error:
        line, _column, message = _source.syntax_error_details(error, filename)
        return {"status": "syntax", "text": message, "line": line}
    except (ValueError, RecursionError, MemoryError) as error:  # null bytes, absurd nesting
        return {"status": "error", "text": _exception_line(error), "line": None, "output": "", "displays": []}
    module = types.ModuleType(LEARNER_MODULE)
    module.__file__ = filename
    sys.modules[LEARNER_MODULE] = module  # dataclasses and pickle look modules up here
    _state.module = module
    random.seed(0)
    outcome, output, displays = _attempt(lambda: exec(compiled, module.__dict__))
    outcome.pop("result", None)
    outcome.update(output=output, displays=displays)
    return outcome


def _begin_check(_request):
    random.seed(0)
    return {"status": "ok"}


def _lookup(request):
    name = request["name"]

    def find():
        found = getattr(_state.module, name, None)
        reply = {"found": found is not None, "callable": callable(found), "handle": None, "params": None}
        if reply["callable"]:
            reply["handle"] = _keep(found)
            reply["params"] = _parameters(found)
        elif found is not None:
            reply["value"] = _Converter().value(found, 0)
        return reply

    outcome, _output, _displays = _attempt(find)
    return {**outcome, **outcome.pop("result", {})} if outcome["status"] == "ok" else outcome


def _variable(request):
    name = request["name"]

    def read():
        if not hasattr(_state.module, name):
            return {"found": False}
        value = getattr(_state.module, name)
        if value is Ellipsis:
            return {"found": True, "ellipsis": True}
        converted, ref = _to_wire(value)
        return {"found": True, "ellipsis": False, "value": converted, "ref": ref}

    outcome, _output, _displays = _attempt(read)
    return {**outcome, **outcome.pop("result", {})} if outcome["status"] == "ok" else outcome


def _call(request):
    target = _handles[request["target"]]
    number = request["call"]
    # Recorded before the call, and read from the record: a function that rebinds the
    # locals of the frames above it cannot change what "the arguments it was given" are.
    _arguments[number] = _wire.decode(request["arguments"], _from_judge)
    while len(_arguments) > REMEMBERED_CALLS:
        _arguments.popitem(last=False)

    def call():
        args, kwargs = _arguments[number]
        return _to_wire(target(*args, **kwargs))

    outcome, printed, displays = _attempt(call)
    if outcome["status"] == "ok":
        outcome["result"], outcome["ref"] = outcome["result"]
    outcome.update(printed=printed, displays=displays)
    return outcome


def _arguments_after(request):
    if request["call"] not in _arguments:
        return {"status": "gone"}
    args, kwargs = _arguments[request["call"]]
    outcome, _output, _displays = _attempt(lambda: _Converter().value((args, kwargs), 0))
    if outcome["status"] == "ok":
        outcome["value"] = outcome.pop("result")
    return outcome


_OPERATIONS = {
    "load": _load,
    "begin_check": _begin_check,
    "lookup": _lookup,
    "variable": _variable,
    "call": _call,
    "arguments": _arguments_after,
}


# -------------------------------------------------------- running learner code


def _attempt(action):
    """Runs learner code: (outcome, stdout, displays); the outcome's status says how it ended."""
    stdout = CappedText(CAPTURE_LIMIT)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = stdout, CappedText(CAPTURE_LIMIT)
    try:
        with _host.collecting_displays() as displays, warnings.catch_warnings():
            warnings.simplefilter("always")  # shown in the output, never failing a check
            try:
                outcome = {"status": "ok", "result": action()}
            except _Unreadable as problem:
                outcome = {"status": "unreadable", "text": _text(problem.reason)}
            except KeyboardInterrupt:
                outcome = {"status": "interrupted"}
            except SystemExit:
                outcome = {"status": "exit"}
            except BaseException as error:  # any learner exception, reported, never raised
                outcome = _error(error)
    except KeyboardInterrupt:  # an interrupt landing in this agent's own lines
        outcome, displays = {"status": "interrupted"}, []
    finally:
        sys.stdout, sys.stderr = saved
    return outcome, stdout.getvalue(), _Converter().value(list(displays), 0)


def _error(error):
    try:
        text = _source.format_exception(error, _state.filename)
    except BaseException:  # an exception whose message itself raises
        text = f"{_type_name(error)} (its message could not be read)"
    try:
        line = _source.last_learner_line(error, _state.filename)
    except BaseException:
        line = None
    return {"status": "error", "text": _text(text), "line": line, "type": _type_name(error)}


def _compile(code, filename):
    _source.register(filename, code)
    return compile(code, filename, "exec")


# --------------------------------------------- learner values as plain data


class _Unreadable(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _to_wire(value):
    """(plain value, handle): the handle is set when the plain value lost something
    (a Counter became a dict), so the checker can pass the original back."""
    try:
        marshal.dumps(value)
        return value, None
    except (ValueError, TypeError):
        pass
    converted = _Converter().value(value, 0)
    return converted, _keep(value) if not _wire.is_tagged(converted) else None


class _Converter:
    """Plain data made with the base types' methods, never the learner's overrides."""

    def __init__(self):
        self.active = set()

    def value(self, value, depth):
        kind = type(value)
        if kind in _wire.SCALARS:
            return value
        if depth > _wire.MAX_DEPTH:
            raise _Unreadable("it is nested too deeply")
        if isinstance(value, (list, tuple, dict, set, frozenset)):
            key = id(value)
            if key in self.active:
                raise _Unreadable(f"it holds {_a(kind.__name__)} that contains itself")
            self.active.add(key)
            try:
                return self._container(value, depth + 1)
            finally:
                self.active.discard(key)
        if isinstance(value, int):  # bool cannot be subclassed, so it was a scalar above
            return int.__int__(value)
        if isinstance(value, float):
            return float.__float__(value)
        if isinstance(value, complex):
            return complex(float.__float__(complex.real.__get__(value)), float.__float__(complex.imag.__get__(value)))
        if isinstance(value, str):
            return str.__str__(value)
        if isinstance(value, (bytes, bytearray)):
            return bytes(memoryview(value))
        if isinstance(value, random.Random):
            try:
                return (MARK, "random", random.Random.getstate(value))
            except Exception:
                pass
        judge_function = _judge_functions.get(id(value))
        if judge_function is not None and judge_function[0] is value:
            return (MARK, "callback", judge_function[1])
        if callable(value):
            return (MARK, "function", _keep(value), _name(value), _parameters(value))
        return (MARK, "opaque", _keep(value), _type_name(value), _description(value))

    def _container(self, value, depth):
        if isinstance(value, dict):
            return {self.value(k, depth): self.value(v, depth) for k, v in dict.items(value)}
        if isinstance(value, list):
            return [self.value(item, depth) for item in list.__iter__(value)]
        if isinstance(value, tuple):
            items = tuple(self.value(item, depth) for item in tuple.__iter__(value))
            return (MARK, "tuple", items) if _wire.is_tagged(items) else items
        if isinstance(value, frozenset):
            return frozenset(self.value(item, depth) for item in frozenset.__iter__(value))
        return {self.value(item, depth) for item in set.__iter__(value)}


def _keep(value):
    if len(_handles) >= MAX_HANDLES:
        return -1
    handle = len(_handles) + 1
    _handles[handle] = value
    return handle


def _parameters(function):
    try:
        return [str.__str__(name) for name in inspect.signature(function).parameters]
    except Exception:
        return None


def _name(value):
    name = getattr(value, "__name__", None)
    return str.__str__(name)[:100] if isinstance(name, str) else _type_name(value)


def _type_name(value):
    name = type(value).__name__
    return str.__str__(name)[:60] if isinstance(name, str) else "object"


def _description(value):
    """How a message names a value that is not plain data: "a generator", "range(0, 5)"."""
    if isinstance(value, types.GeneratorType):
        return "a generator"
    kind = type(value)
    if kind.__module__ == "builtins":
        try:
            text = repr(value)
            if len(text) <= 80 and " at 0x" not in text:
                return text
        except Exception:
            pass
    return f"{_a(_type_name(value))} object"


def _a(noun):
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _exception_line(error):
    try:
        return _source.exception_line(error)
    except BaseException:
        return _type_name(error)


def _text(text):
    """Text capped for the checker, keeping its end, where a traceback's error line is."""
    text = str.__str__(text) if isinstance(text, str) else "?"
    if len(text) <= MAX_TEXT:
        return text
    half = MAX_TEXT // 2
    return text[:half] + "\n…\n" + text[-half:]


# -------------------------------------------------- what the checker passes in


def _from_judge(tagged):
    kind = tagged[1]
    if kind == "callback":
        return _judge_function(tagged[2], tagged[3])
    if kind == "random":
        generator = random.Random()
        generator.setstate(tagged[2])
        return generator
    if kind == "ref":
        original = _handles[tagged[2]]
        try:
            return copy.deepcopy(original)  # calls get copies, as they always did
        except Exception:
            return original
    rebuilt = _wire.rebuild_plain(kind, tagged[2:])
    if rebuilt is not None:
        return rebuilt
    raise ValueError(f"unknown value of kind {kind!r}")


def _judge_function(number, name):
    def call_checker_function(*args, **kwargs):
        return _ask_judge({"op": "callback", "id": number, "args": args, "kwargs": kwargs})

    call_checker_function.__name__ = call_checker_function.__qualname__ = name
    _judge_functions[id(call_checker_function)] = (call_checker_function, number)
    return call_checker_function


def _ask_judge(message):
    message["args"] = _Converter().value(tuple(message["args"]), 0)
    message["kwargs"] = _Converter().value(dict(message["kwargs"]), 0)
    reply = _wire.decode(_state.ask_judge(_wire.encode(message)), _from_judge)
    if reply["status"] == "ok":
        return reply["value"]
    raise _exception_for(reply.get("type"), reply.get("message", ""))


def _exception_for(type_name, message):
    kind = getattr(builtins, type_name, None) if isinstance(type_name, str) else None
    if kind is KeyboardInterrupt:
        return KeyboardInterrupt()
    if isinstance(kind, type) and issubclass(kind, Exception):
        try:
            return kind(message)
        except Exception:
            pass
    return RuntimeError(f"{type_name}: {message}")


# ----------------------------------------------------------- the Run button


def run_program(request_json):
    """Run the learner's program as __main__; its output streams to the host."""
    request = json.loads(request_json)
    code, filename = request["code"], request["filename"]
    if request.get("cwd"):
        os.chdir(request["cwd"])
    started = time.perf_counter()
    outcome = {"status": "ok"}
    module = None
    try:
        compiled = _compile(code, filename)
        module = types.ModuleType("__main__")
        module.__file__ = filename
        sys.modules["__main__"] = module
        exec(compiled, module.__dict__)
    except SyntaxError as error:
        line, column, message = _source.syntax_error_details(error, filename)
        outcome = {
            "status": "error",
            "traceback": message,
            "error": {"line": line, "column": column, "message": error.msg, "kind": type(error).__name__},
        }
    except KeyboardInterrupt:
        outcome = {"status": "interrupted"}
    except SystemExit as error:
        if error.code not in (None, 0):
            outcome = {"status": "error", "traceback": f"SystemExit: {error.code}"}
    except BaseException as error:  # the learner's exception, reported, never raised
        outcome = {"status": "error", "traceback": _source.format_exception(error, filename)}
        line = _source.last_learner_line(error, filename)
        if line is not None:
            outcome["error"] = {"line": line, "message": _source.exception_line(error), "kind": type(error).__name__}
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    outcome["durationMs"] = round((time.perf_counter() - started) * 1000, 1)
    outcome["objects"] = _objects_left(module)
    if outcome["status"] == "error" and "traceback" in outcome:
        print(outcome["traceback"], file=sys.stderr)
        sys.stderr.flush()
    return json.dumps(outcome)


def _objects_left(module):
    """What the program left in its globals, for the editor's completions (even after an error)."""
    if module is None:
        return {}
    try:
        return _run_summary.summarize(module.__dict__)
    except BaseException:  # a Stop pressed as the program ended, or a value too odd to read
        return {}


# ------------------------------------------ CPython: requests over stdin/stdout

# Each frame is a kind byte (b"Q" a request, b"R" the answer to the last request
# that side sent), a 4-byte big-endian length and that many bytes.


def write_frame(stream, kind, data):
    stream.write(kind + struct.pack(">I", len(data)) + data)
    stream.flush()


def read_frame(stream):
    head = stream.read(5)
    if len(head) < 5:
        raise EOFError("the other side closed the link")
    (length,) = struct.unpack(">I", head[1:])
    data = stream.read(length)
    if len(data) < length:
        raise EOFError("the other side closed the link")
    return head[:1], data


def exchange(frames_in, frames_out, data, answer):
    """Send a request, answering the other side's requests until our answer comes."""
    write_frame(frames_out, b"Q", data)
    while True:
        kind, payload = read_frame(frames_in)
        if kind == b"R":
            return payload
        write_frame(frames_out, b"R", answer(payload))


def main():
    # Frames use the real standard streams; the learner's code sees empty ones.
    frames_in = os.fdopen(os.dup(0), "rb")
    frames_out = os.fdopen(os.dup(1), "wb")
    quiet = os.open(os.devnull, os.O_RDWR)
    os.dup2(quiet, 0)
    os.dup2(quiet, 1)
    sys.stdin = open(os.devnull)
    sys.stdout = open(os.devnull, "w")
    connect(lambda data: exchange(frames_in, frames_out, data, serve))
    while True:
        try:
            kind, payload = read_frame(frames_in)
            write_frame(frames_out, b"R", serve(payload))
        except KeyboardInterrupt:  # an interrupt that came after the code it was meant for ended
            continue
        except EOFError:
            return


if __name__ == "__main__":
    main()
