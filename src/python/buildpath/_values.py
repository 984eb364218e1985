"""Comparing values with tolerance and describing them in messages."""

import math

DEFAULT_REL = 1e-6
DEFAULT_ABS = 1e-9


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_scalar(value):
    """None, a bool or a number: a value too small to carry a message back."""
    return value is None or isinstance(value, (bool, int, float))


def plain_number(value):
    """The number itself, stripped of any subclass that could override comparisons."""
    return float.__float__(value) if isinstance(value, float) else int.__index__(value)


def difference(actual, expected, tol=None, rel=None, where="it"):
    """None when actual matches expected, else a sentence saying where it differs.

    The sentence never states the expected value: it says what came back and where.
    """
    if is_number(expected):
        if not is_number(actual):
            return f"{where} is {describe(actual)}, not a number"
        if isinstance(actual, float) and math.isnan(actual):
            return f"{where} is nan (not a number)"
        close = math.isclose(
            plain_number(actual),
            expected,
            rel_tol=DEFAULT_REL if rel is None else rel,
            abs_tol=DEFAULT_ABS if tol is None else tol,
        )
        return None if close else f"{where} is {describe(actual)}"
    if isinstance(expected, bool) or expected is None or isinstance(expected, str):
        if type(actual) is not type(expected) or actual != expected:
            return f"{where} is {describe(actual)}"
        return None
    if isinstance(expected, (list, tuple)):
        # Exact types: a subclass could lie about its length or items.
        if type(actual) not in (list, tuple):
            return f"{where} is {describe(actual)}, not a {type(expected).__name__}"
        if len(actual) != len(expected):
            return f"{where} has {len(actual):,} items, not {len(expected):,}"
        for index, (got, want) in enumerate(zip(actual, expected)):
            found = difference(got, want, tol, rel, f"item {index} of {where}" if where != "it" else f"item {index}")
            if found:
                return found
        return None
    if isinstance(expected, dict):
        if type(actual) is not dict:
            return f"{where} is {describe(actual)}, not a dict"
        missing = [key for key in expected if key not in actual]
        if missing:
            return f"{where} has no key {describe(missing[0])}"
        extra = [key for key in actual if key not in expected]
        if extra:
            return f"{where} has an unexpected key {describe(extra[0])}"
        for key in expected:
            found = difference(actual[key], expected[key], tol, rel, f"{where}[{key!r}]" if where != "it" else f"the value for {key!r}")
            if found:
                return found
        return None
    if isinstance(expected, (set, frozenset)):
        if type(actual) not in (set, frozenset) or set(actual) != set(expected):
            return f"{where} is {describe(actual)}"
        return None
    return None if actual == expected else f"{where} is {describe(actual)}"


def matches(actual, expected, tol=None, rel=None):
    return difference(actual, expected, tol, rel) is None


def outline(value):
    """What a value is without what it holds, for messages that must not echo it:
    numbers as they are, a string or container by its kind and size."""
    if is_scalar(value):
        return describe(value)
    if isinstance(value, str):
        return f"a string of {len(value):,} character{'' if len(value) == 1 else 's'}"
    for kind, noun in ((list, "list"), (tuple, "tuple"), ((set, frozenset), "set"), (dict, "dict")):
        if isinstance(value, kind):
            unit = "key" if noun == "dict" else "item"
            return f"a {noun} of {len(value):,} {unit}{'' if len(value) == 1 else 's'}"
    return "an object"


def describe(value, limit=120):
    """A short, readable rendering of a value for a message."""
    if isinstance(value, float):
        text = format(value, ".10g")
        return text if "e" in text or "." in text or "n" in text else text + ".0"
    if isinstance(value, (list, tuple)) and len(value) > 6:
        opening, closing = ("[", "]") if isinstance(value, list) else ("(", ")")
        head = ", ".join(describe(item, 30) for item in value[:3])
        kind = "list" if isinstance(value, list) else "tuple"
        return f"{opening}{head}, …{closing} (a {kind} of {len(value):,} items)"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(describe(item, 40) for item in value)
        if isinstance(value, tuple) and len(value) == 1:
            inner += ","
        text = f"[{inner}]" if isinstance(value, list) else f"({inner})"
    elif isinstance(value, dict) and len(value) > 6:
        head = ", ".join(f"{describe(k, 30)}: {describe(v, 30)}" for k, v in list(value.items())[:3])
        return f"{{{head}, …}} (a dict of {len(value):,} keys)"
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{describe(k, 40)}: {describe(v, 40)}" for k, v in value.items()) + "}"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
