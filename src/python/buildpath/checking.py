"""The checker library: helpers that make a check read like a teacher's sentence.

    @check(task=1)
    def mean_of_a_short_list(learner):
        '''mean gives the average of a list'''
        learner.function("mean", params=["values"]).given([2, 4, 9]).returns(5.0)

See docs/checker-api.md for the whole vocabulary.
"""

import builtins
import sys

from . import _host, _link, _source, _values, _wire
from ._capped_text import CappedText


class CheckFailed(Exception):
    """The learner's work is wrong; the message says how."""


class NotAttempted(Exception):
    """The check reached a part the learner has not written yet."""


class CheckDefinition:
    def __init__(self, function, task, hidden, seconds, name):
        self.function = function
        self.task = task
        self.hidden = hidden
        self.seconds = seconds
        doc = (function.__doc__ or "").strip().splitlines()
        self.name = name or (doc[0].strip() if doc else function.__name__.replace("_", " "))


_registry = []


def check(task=None, hidden=False, seconds=None, name=None):
    """Declare a check. `task` is the number of a `## N.` heading in the instructions."""

    def register(function):
        _registry.append(CheckDefinition(function, task, hidden, seconds, name))
        return function

    return register


def fail(message):
    raise CheckFailed(message)


# Options of the check being run, set by the runner.
class _Context:
    hidden = False
    reveal_expected = False
    filename = "your code"
    interrupts_at_start = 0


context = _Context()


def _shown(value):
    """A learner's value in a message; on a held-out case only its kind and size, which
    cannot carry the case's inputs back."""
    return _values.outline(value) if context.hidden else _values.describe(value)


def _reveal(reveal):
    return context.reveal_expected if reveal is None else reveal


class captured_output:
    """Capture what learner code prints, separately for stdout and stderr."""

    LIMIT = 100_000

    def __init__(self, echo=False):
        # echo: pass what was captured on to the enclosing streams afterwards, so a
        # check's own capture still sees what a learner call printed.
        self._echo = echo

    def __enter__(self):
        self.stdout = CappedText(self.LIMIT)
        self.stderr = CappedText(self.LIMIT)
        self._saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = self.stdout, self.stderr
        return self

    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self._saved
        if self._echo:
            sys.stdout.write(self.stdout.getvalue())
            sys.stderr.write(self.stderr.getvalue())
        return False


# ---------------------------------------------------------------- the learner


class Learner:
    """The learner's module as the checks see it, through the link to the learner's Python."""

    def __init__(self, link, source, output, displays):
        self._link = link
        self.source = source
        self.output = output
        self.displays = displays
        self._placeholders = _source.placeholder_functions(source)

    def function(self, name, params=None):
        reply = _ask(self._link, {"op": "lookup", "name": name}, f"Looking up `{name}`, your code")
        if reply.get("found") is not True:
            fail(f"There is no function named `{name}` in your code. Did you rename or delete it?")
        if reply.get("callable") is not True:
            fail(f"`{name}` should be a function, but in your code it is {_values.describe(reply.get('value'))}.")
        if name in self._placeholders:
            raise NotAttempted(f"You have not written `{name}` yet: its body is still a placeholder.")
        handle = _link.number(reply, "handle")
        if handle is None:
            fail(f"The checker could not read what your code holds under the name `{name}`.")
        function = LearnerFunction(self._link, handle, name, _parameter_names(reply.get("params")))
        if params is not None:
            function.expect_parameters(params)
        return function

    def variable(self, name):
        reply = _ask(self._link, {"op": "variable", "name": name}, f"Reading `{name}`, your code")
        if reply.get("found") is not True:
            fail(f"There is no variable named `{name}` at the top level of your code.")
        if reply.get("ellipsis") is True:
            raise NotAttempted(f"`{name}` is still `...`: give it its value.")
        value = reply.get("value")
        self._link.remember(value, _link.number(reply, "ref"))
        return value

    def calls(self, name):
        return name in _source.called_names(self.source)

    def shown(self, kind, **fields):
        for record in self.displays:
            if record.get("kind") == kind and all(record.get(k) == v for k, v in fields.items()):
                return record
        wanted = " with " + ", ".join(f"{k}={v!r}" for k, v in fields.items()) if fields else ""
        seen = ", ".join(_describe_display(r) for r in self.displays) or "nothing"
        fail(f"Expected your code to show a {kind}{wanted}; it showed {seen}.")


def _describe_display(record):
    labels = [record.get(key) for key in ("x_label", "y_label") if record.get(key)]
    suffix = f" of {' against '.join(reversed(labels))}" if len(labels) == 2 else ""
    return f"a {record.get('kind')}{suffix}"


def _parameter_names(params):
    if type(params) is list and all(type(name) is str for name in params):
        return params
    return None


def _interrupt_requested():
    """Whether the host asked Python to stop (the time budget or Stop) since this check began."""
    return _host.interrupt_count() != context.interrupts_at_start


def _ask(link, message, subject):
    """A request to the learner's Python; what a broken or interrupted answer means for the check.

    `subject` starts the failure's sentence: "Given values=[1, 2], `mean`".
    """
    try:
        reply = link.request(message)
    except _link.LinkBroken as error:
        if _interrupt_requested():
            raise KeyboardInterrupt from None
        fail(f"{subject} could not run to the end: Python stopped ({error}).")
    except _link.Unreadable as error:
        if _interrupt_requested():
            raise KeyboardInterrupt from None
        fail(f"{subject} gave back something the checker cannot read ({error}).")
    finally:
        pending, link.judge_error = link.judge_error, None
    if _interrupt_requested():
        raise KeyboardInterrupt  # code that caught the interrupt does not run on
    if pending is not None:
        raise pending
    _keep_displays(link, reply)
    status = reply["status"]
    if status in ("ok", "gone"):
        return reply
    if status == "interrupted":
        fail(f"{subject} raised KeyboardInterrupt; a function should return its answer instead.")
    if context.hidden and status in ("unreadable", "error"):
        _fail_without_learner_text(subject, reply)
    if status == "exit":
        fail(f"{subject} called exit(); a function should return its answer instead.")
    if status == "unreadable":
        fail(f"{subject} gave back a value the checker cannot read: {_link.text(reply, 'text')}.")
    if status == "error":
        fail(f"{subject} raised an error:\n{_link.text(reply, 'text')}")
    fail(f"{subject} answered in a way the checker does not know ({status[:40]!r}).")


def _fail_without_learner_text(subject, reply):
    """A held-out case: an error's text could carry the case's inputs back, so only
    a built-in exception's name and the line are said."""
    if reply["status"] == "unreadable":
        fail(f"{subject} gave back a value the checker cannot read.")
    kind = reply.get("type")
    builtin = type(kind) is str and isinstance(getattr(builtins, kind, None), type) and issubclass(getattr(builtins, kind), BaseException)
    line = _link.number(reply, "line")
    where = f" on line {line}" if line is not None else ""
    fail(f"{subject} raised {kind if builtin else 'an exception'}{where}. Try it on inputs like the visible checks' to see the message.")


def _keep_displays(link, reply):
    records = reply.get("displays")
    if type(records) is list:
        link.displays.extend(r for r in records if type(r) is dict and all(type(k) is str for k in r))


class _LearnerCallable(_link.LearnerCallable):
    def parameters(self):
        return None if self._params is None else list(self._params)

    def given(self, *args, **kwargs):
        return Call(self, args, kwargs)


class LearnerFunction(_LearnerCallable):
    """A function of the learner's module, found by `learner.function(name)`."""

    def expect_parameters(self, params):
        actual = self.parameters()
        if actual is None or len(actual) == len(params):
            return
        fail(
            f"`{self.name}` should take {len(params)} parameter{'s' if len(params) != 1 else ''} "
            f"({', '.join(params)}); yours takes {len(actual)} ({', '.join(actual) or 'none'})."
        )

    def __call__(self, *args, **kwargs):
        return self.given(*args, **kwargs).value


class _ReturnedFunction(_LearnerCallable):
    """A function the learner's code returned: calling it calls it in the learner's Python."""

    def __call__(self, *args, **kwargs):
        return self.given(*args, **kwargs)._result

    def __repr__(self):
        return f"<function {self.name}>"


ReturnedFunction = type("function", (_ReturnedFunction,), {"__slots__": ()})


class Call:
    """One call of a learner's function. The learner's code gets copies of the arguments:
    they cross to its Python as data."""

    def __init__(self, function, args, kwargs):
        self.function = function
        self.args = args
        self.kwargs = kwargs
        link = function._link
        self._number = link.next_call()
        self._sent = _wire.encode(link.to_wire((args, kwargs)))
        message = {"op": "call", "target": function._handle, "call": self._number, "arguments": self._sent}
        reply = _ask(link, message, _CallDescription(self))
        self.printed = _link.text(reply, "printed") or ""
        if self.printed:
            sys.stdout.write(self.printed)  # part of the check's output
        self._result = reply.get("result")
        link.remember(self._result, _link.number(reply, "ref"))

    def _given(self):
        if context.hidden:
            return "On a held-out case"
        names = self.function.parameters() or []
        parts = [
            f"{names[i]}={_values.describe(arg, 60)}" if i < len(names) else _values.describe(arg, 60)
            for i, arg in enumerate(self.args)
        ]
        parts += [f"{key}={_values.describe(value, 60)}" for key, value in self.kwargs.items()]
        return f"Given {', '.join(parts)}" if parts else "Called with no arguments"

    @property
    def value(self):
        if self._result is None:
            fail(f"{self._given()}, `{self.function.name}` returned None. Did you forget to `return` the result?")
        return self._result

    def returns(self, expected, tol=None, rel=None, reveal=None, mistakes=()):
        actual = self._result
        if expected is not None and actual is None:
            self.value  # fails with the forgotten-return message
        problem = _values.difference(actual, expected, tol, rel)
        if problem is None:
            return self
        for wrong, message in mistakes:
            if _values.matches(actual, wrong, tol, rel):
                fail(message)
        if context.hidden and not _values.is_scalar(actual):
            fail(f"{self._given()}, `{self.function.name}` returned {_values.outline(actual)}, which is not the right answer.")
        where = "" if problem.startswith("it is ") else f" ({problem})"
        message = f"{self._given()}, `{self.function.name}` returned {_values.describe(actual)}{where}."
        if _reveal(reveal):
            message += f" Expected {_values.describe(expected)}."
        fail(message)

    def satisfies(self, predicate, description):
        if not predicate(self.value):
            fail(f"{self._given()}, `{self.function.name}` returned {_shown(self._result)}, which is not {description}.")
        return self

    def leaves_arguments_unchanged(self):
        link = self.function._link
        reply = _ask(link, {"op": "arguments", "call": self._number}, _CallDescription(self))
        if reply["status"] == "gone" or type(reply.get("value")) is not tuple or len(reply["value"]) != 2:
            fail(f"{self._given()}, the checker could not read the arguments `{self.function.name}` was left with.")
        before = link.decode_own(self._sent)
        if not _values.matches(reply["value"], before):
            fail(f"{self._given()}, `{self.function.name}` changed its arguments. Work on a copy instead of modifying the input.")
        return self


class _CallDescription:
    """The start of a message about a call, in the words today's messages use."""

    def __init__(self, call):
        self._call = call

    def __format__(self, _spec):
        return f"{self._call._given()}, `{self._call.function.name}`"


# ------------------------------------------------------------- expectations


class Expectation:
    def __init__(self, value, what):
        self.value = value
        self.what = what

    def _fail(self, tail):
        fail(f"{_capitalised(self.what)} is {_shown(self.value)}; {tail}.")

    def equals(self, expected, tol=None, rel=None, reveal=None):
        problem = _values.difference(self.value, expected, tol, rel, where=self.what)
        if problem and context.hidden and not _values.is_scalar(self.value):
            fail(f"{_capitalised(self.what)} is {_values.outline(self.value)}, which is not the right answer.")
        if problem:
            tail = f" Expected {_values.describe(expected)}." if _reveal(reveal) else ""
            fail(f"{_capitalised(problem)}.{tail}")
        return self

    def _number(self):
        if not _values.is_number(self.value) or self.value != self.value:
            self._fail("it should be a number")
        return _values.plain_number(self.value)

    def at_least(self, low):
        if self._number() < low:
            self._fail(f"it should be at least {_values.describe(low)}")
        return self

    def at_most(self, high):
        if self._number() > high:
            self._fail(f"it should be at most {_values.describe(high)}")
        return self

    def between(self, low, high):
        value = self._number()
        if not low <= value <= high:
            self._fail(f"it should be between {_values.describe(low)} and {_values.describe(high)}")
        return self

    def has_length(self, length):
        try:
            actual = len(self.value)
        except TypeError:
            self._fail(f"it should have {length:,} items")
        if actual != length:
            fail(f"{_capitalised(self.what)} has {_items(actual)}; it should have {_items(length)}.")
        return self

    def is_instance(self, kinds):
        if not isinstance(self.value, kinds):
            names = " or ".join(k.__name__ for k in (kinds if isinstance(kinds, tuple) else (kinds,)))
            fail(f"{_capitalised(self.what)} is {_a(type(self.value).__name__)}; it should be {_a(names)}.")
        return self

    def is_true(self, message):
        if not self.value:
            fail(message)
        return self


def _items(count):
    return f"{count:,} item{'' if count == 1 else 's'}"


def _a(noun):
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _capitalised(text):
    """`text` as the start of a sentence; unlike str.capitalize, the rest keeps its case."""
    return text[:1].upper() + text[1:]


def expect(value, what="the value"):
    return Expectation(value, what)


def same_kinds(actual, expected, what, advice):
    """Fail, with `advice`, unless `actual` holds the same kinds of values as `expected`
    all the way down: the comparison in `returns` takes 2 for 2.0 and a tuple for a list,
    while the instructions name one of them. `what` names the value, e.g. "the list
    load_rows returned"."""
    slip = _kind_slip(actual, expected)
    if slip:
        path, kind = slip
        where = f"the value at {path} of {what}" if path else what
        fail(f"{_capitalised(where)} is {kind}. {advice}")


def _kind_slip(actual, expected, path=""):
    """Where `actual` first holds another kind of value than `expected`: (path such as
    "[0]['Area']", what it holds there), or None."""
    if isinstance(expected, bool) or expected is None:
        return None
    if isinstance(expected, float) and type(actual) is int:
        return path, f"the int {actual!r}; it should be a float"
    if isinstance(expected, int) and type(actual) is float:
        return path, f"the float {actual!r}; it should be an int"
    if isinstance(expected, (list, tuple, dict)) and type(actual) is not type(expected):
        return path, f"{_a(type(actual).__name__)}; it should be {_a(type(expected).__name__)}"
    if isinstance(expected, (list, tuple)):
        pairs = ((f"{path}[{i}]", got, want) for i, (got, want) in enumerate(zip(actual, expected)))
    elif isinstance(expected, dict):
        pairs = ((f"{path}[{key!r}]", actual[key], want) for key, want in expected.items() if key in actual)
    else:
        return None
    return next((slip for place, got, want in pairs if (slip := _kind_slip(got, want, place))), None)


# ----------------------------------------------------- solution and caching

_cache = {}
_cache_scope = ""


def cached(key, compute):
    """Compute a value once per worker and project (e.g. loaded data); checks must not modify it."""
    full_key = (_cache_scope, key)
    if full_key not in _cache:
        _cache[full_key] = compute()
    return _cache[full_key]


class _Solution:
    """The reference solution, loaded on first use and kept for later checks."""

    def __init__(self):
        self._source = None
        self._modules = {}

    def _use(self, source):
        self._source = source

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        module = self._modules.get((_cache_scope, self._source))
        if module is None:
            module = _load_reference(self._source)
            self._modules[(_cache_scope, self._source)] = module
        try:
            return getattr(module, name)
        except AttributeError:
            raise AttributeError(f"the reference solution has no `{name}`") from None


def _load_reference(source):
    import types

    module = types.ModuleType("reference")
    module.__file__ = "reference.py"
    with captured_output():
        exec(compile(source, "reference.py", "exec"), module.__dict__)
    return module


solution = _Solution()


# ------------------------------------------------------- inputs nobody can predict

from os import urandom as _urandom  # taken before any learner code runs
from random import Random as _Random


def unpredictable_random():
    """A random.Random seeded from the operating system at check time.

    The learner's code cannot read or reproduce its seed (checks run after
    `random.seed(0)`, so the module's own generator is predictable), so inputs drawn
    from it defeat a program that hard-codes answers or special-cases visible inputs.
    Compute the expected values from `solution` on the same inputs.
    """
    return _Random(int.from_bytes(_urandom(16), "big"))
