"""Helpers the checks of several spam-detection milestones share (`import checks_support`)."""

from buildpath.checking import fail


def _kind(value):
    return "bool" if isinstance(value, bool) else type(value).__name__


def _kind_problem(actual, expected, where, floats):
    """Where `actual` holds another container or number type than `expected`, else None."""
    if isinstance(expected, bool) or expected is None or isinstance(expected, str):
        return None
    if isinstance(expected, int):
        return None if type(actual) is int else f"{where} is {_a(_kind(actual))}, not an int"
    if isinstance(expected, float):
        if not floats or type(actual) is float:
            return None
        return f"{where} is {_a(_kind(actual))}, not a float"
    if isinstance(expected, (list, tuple)):
        if type(actual) is not type(expected):
            return f"{where} is {_a(_kind(actual))}, not {_a(type(expected).__name__)}"
        for index, (got, want) in enumerate(zip(actual, expected)):
            inner = f"item {index}" if where == "it" else f"item {index} of {where}"
            found = _kind_problem(got, want, inner, floats)
            if found:
                return found
        return None
    if isinstance(expected, dict):
        if type(actual) is not dict:
            return f"{where} is {_a(_kind(actual))}, not a dict"
        for key, want in expected.items():
            if key in actual:
                found = _kind_problem(actual[key], want, f"the value for {key!r}" if where == "it"
                                      else f"{where}[{key!r}]", floats)
                if found:
                    return found
    return None


def _a(noun):
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def expect_kinds(value, expected, what, rule, floats=True):
    """Fail unless `value` has the list/tuple/dict and int/float types of `expected` all the way down.

    The comparison of values in `returns` treats a list and a tuple, or 2 and 2.0, as equal;
    the instructions name one of them, so a program that returns the other breaks a stated rule.
    `what` names the value ("what `tokenize` returned"), `rule` says what the instructions ask
    for; neither should show a hidden check's inputs, and the message never shows the value.
    `floats=False` accepts an int where a float is expected (a sum that happens to be whole).
    """
    problem = _kind_problem(value, expected, "it", floats)
    if problem and problem.startswith("it "):
        fail(f"{what[:1].upper()}{what[1:]}{problem[2:]}: {rule}")
    if problem:
        fail(f"In {what}, {problem}: {rule}")
