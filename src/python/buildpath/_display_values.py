"""Checks and conversions shared by the functions of ``buildpath.show``.

Every error names the show function and the argument, and says what to do,
because the reader is a learner who just passed the wrong thing.
"""

import math
import numbers

MAX_LABEL_CHARS = 200


class Arguments:
    """Builds error messages for one show function, e.g. ``show.scatter``."""

    def __init__(self, function):
        self.function = function

    def type_error(self, message):
        return TypeError(f"show.{self.function}: {message}")

    def value_error(self, message):
        return ValueError(f"show.{self.function}: {message}")

    def sequence(self, value, name, allow_empty=False):
        """A list of the items of ``value``, which must be a list-like collection."""
        if isinstance(value, (str, bytes, dict)) or not _is_iterable(value):
            raise self.type_error(
                f"{name} must be a list, not {_type_name(value)}."
            )
        items = list(value)
        if not items and not allow_empty:
            raise self.value_error(f"{name} is empty; there is nothing to show.")
        return items

    def number(self, value, where):
        """``value`` as a finite float; ``where`` names it, e.g. ``x[3]``."""
        if isinstance(value, str):
            raise self.type_error(
                f"{where} is the text {_short_repr(value)}, not a number; "
                "convert it with float() first."
            )
        if value is None:
            raise self.type_error(f"{where} is None; a number is needed.")
        if not isinstance(value, numbers.Real):
            raise self.type_error(
                f"{where} is {_type_name(value)}, not a number."
            )
        try:
            result = float(value)
        except OverflowError:
            raise self.value_error(f"{where} is too large to draw.") from None
        if not math.isfinite(result):
            raise self.value_error(
                f"{where} is {result}; only finite numbers can be drawn."
            )
        return result

    def numbers(self, value, name):
        """A non-empty list of finite floats."""
        items = self.sequence(value, name)
        # Fast path for plain ints and floats (a million points about ten times
        # faster); anything unusual goes item by item to find and name the problem.
        if all(type(item) is float or type(item) is int for item in items):
            try:
                result = list(map(float, items))
            except OverflowError:
                result = None
            if result is not None and all(map(math.isfinite, result)):
                return result
        return [self.number(item, f"{name}[{index}]") for index, item in enumerate(items)]

    def same_length(self, first, first_name, second, second_name):
        if len(first) != len(second):
            raise self.value_error(
                f"{first_name} has {count_of(len(first), 'value')} but {second_name} has "
                f"{len(second):,}; they must have the same length."
            )

    def labels(self, value, name, count, noun):
        """``count`` labels as text (one per ``noun``), or None when ``value`` is None."""
        if value is None:
            return None
        items = self.sequence(value, name)
        if len(items) != count:
            raise self.value_error(
                f"{name} has {count_of(len(items), 'label')} for {count_of(count, noun)}; "
                f"give one label per {noun}."
            )
        return [label_text(item) for item in items]

    def optional_text(self, value, name):
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.type_error(f"{name} must be text, not {_type_name(value)}.")
        return value[:MAX_LABEL_CHARS]

    def whole_number(self, value, name, low, high):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise self.type_error(f"{name} must be a whole number, not {_type_name(value)}.")
        if not low <= value <= high:
            raise self.value_error(f"{name} is {value}; it must be between {low} and {high}.")
        return int(value)

    def matrix(self, value, name):
        """A rectangular, non-empty list of lists of finite floats."""
        rows = self.sequence(value, name)
        result = []
        for row_index, row in enumerate(rows):
            if isinstance(row, numbers.Real) and not isinstance(row, bool):
                raise self.type_error(
                    f"{name}[{row_index}] is a number; {name} must be a list of rows "
                    "(a list of lists)."
                )
            cells = self.numbers(row, f"{name}[{row_index}]")
            if result and len(cells) != len(result[0]):
                raise self.value_error(
                    f"{name}[{row_index}] has {count_of(len(cells), 'value')} but {name}[0] has "
                    f"{len(result[0])}; every row must have the same length."
                )
            result.append(cells)
        return result


def count_of(number, noun):
    """E.g. "1 value", "2,930 values"."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def label_text(value):
    """A label shown on an axis or legend."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)[:MAX_LABEL_CHARS]


def _is_iterable(value):
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _type_name(value):
    return "None" if value is None else f"a {type(value).__name__}"


def _short_repr(value):
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
