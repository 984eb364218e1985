"""The format of everything that crosses between the checker and the learner's Python.

The checker (checks, the reference solution) and the learner's code run in separate
interpreters. Between them only `marshal` bytes of plain data travel: None, bool,
int, float, complex, str, bytes, tuple, list, dict, set, frozenset (and Ellipsis,
which stands for "not written yet"). What is not plain data travels as a tagged
tuple `(MARK, kind, ...)`: a function or object that stays on its side and is
referred to by a number, or a `random.Random` by its state.

Both sides use this module; only the checker's side has to distrust what it reads
(`decode`), since the learner's side is the learner's to change.
"""

import builtins
import collections
import marshal

MARK = b"\x00buildpath-link\x00"
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 400

SCALARS = frozenset({type(None), bool, int, float, complex, str, bytes, type(Ellipsis)})
CONTAINERS = frozenset({tuple, list, dict, set, frozenset})


# Tagged kinds whose fields are data that may itself hold tagged values (a defaultdict's
# factory `int`, a Counter of named tuples): their fields are rebuilt first.
DATA_FIELD_KINDS = frozenset({"tuple", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"})


class WireError(Exception):
    """A message that is not plain data in the agreed shape."""


def encode(value):
    return marshal.dumps(value)


try:
    marshal.loads(marshal.dumps(None), allow_code=False)

    def _loads(data):
        return marshal.loads(data, allow_code=False)

except TypeError:  # CPython before 3.13 (authoring): code objects are refused by the walk below

    def _loads(data):
        return marshal.loads(data)


def decode(data, special=None):
    """The plain value in `data`, checked; tagged tuples become `special(tagged)`.

    Raises WireError for anything else: other types (code objects), a container that
    contains itself, nesting deeper than MAX_DEPTH, a message over the size limit.
    """
    if type(data) is not bytes:
        raise WireError("the message is not bytes")
    if len(data) > MAX_MESSAGE_BYTES:
        raise WireError(f"the message is over {MAX_MESSAGE_BYTES // (1024 * 1024)} MB")
    try:
        value = _loads(data)
    except (EOFError, ValueError, TypeError, OverflowError, RecursionError, MemoryError) as error:
        raise WireError(f"the message could not be read ({type(error).__name__})") from None
    if special is not None and MARK in data:
        return _Rebuild(special).value(value, 0, set())
    _check(value, 0, set(), set())
    return value


def _check(value, depth, active, done):
    """Plain data only, without cycles; containers shared by several parents are read once."""
    kind = type(value)
    if kind in SCALARS:
        return
    if kind not in CONTAINERS:
        raise WireError(f"the message holds a {kind.__name__}")
    key = id(value)
    if key in done:
        return
    if key in active:
        raise WireError("the message holds a container that contains itself")
    if depth > MAX_DEPTH:
        raise WireError("the message is nested too deeply")
    active.add(key)
    items = (*value.keys(), *value.values()) if kind is dict else value
    if not SCALARS.issuperset(map(type, items)):
        for item in items:
            if type(item) not in SCALARS:
                _check(item, depth + 1, active, done)
    active.discard(key)
    done.add(key)


def is_tagged(value):
    return type(value) is tuple and len(value) >= 2 and value[0] == MARK and type(value[1]) is str


class _Rebuild:
    """Copies a decoded value, checking it as `_check` does, with tagged tuples replaced."""

    def __init__(self, special):
        self.special = special
        self.done = {}  # id of a container read already -> its copy (shared parts stay shared)

    def value(self, value, depth, active):
        kind = type(value)
        if kind in SCALARS:
            return value
        if kind not in CONTAINERS:
            raise WireError(f"the message holds a {kind.__name__}")
        key = id(value)
        if key in self.done:
            return self.done[key]
        if key in active:
            raise WireError("the message holds a container that contains itself")
        if depth > MAX_DEPTH:
            raise WireError("the message is nested too deeply")
        active.add(key)
        try:
            if kind is tuple and is_tagged(value) and value[1] in DATA_FIELD_KINDS:
                fields = tuple(self.value(field, depth + 1, active) for field in value[2:])
                copy = self.special(value[:2] + fields)
            elif kind is tuple and is_tagged(value):
                _check(value, depth, set(), set())
                copy = self.special(value)
            elif kind is dict:
                copy = {self.value(k, depth + 1, active): self.value(v, depth + 1, active) for k, v in value.items()}
            else:
                items = [self.value(item, depth + 1, active) for item in value]
                copy = items if kind is list else kind(items)
            self.done[key] = copy
            return copy
        finally:
            active.discard(key)


def rebuild_plain(kind, fields):
    """A value the checker's side sent tagged, rebuilt as it was: a tuple kept as one, a
    built-in type, or a standard-library container (`Link._library_value` makes them).
    None for other kinds, which each side rebuilds itself."""
    if kind == "tuple":
        return fields[0]
    if kind == "type":
        return getattr(builtins, fields[0])
    if kind == "Counter":
        return collections.Counter(fields[0])
    if kind == "OrderedDict":
        return collections.OrderedDict(fields[0])
    if kind == "defaultdict":
        return collections.defaultdict(fields[0], fields[1])
    if kind == "deque":
        return collections.deque(fields[0], fields[1])
    if kind == "namedtuple":
        return collections.namedtuple(fields[0], fields[1])(*fields[2])
    return None

