"""Helpers the checks of every house-prices milestone share (`import checks_support`)."""

import csv

from buildpath.checking import CheckFailed, cached, fail

# The Ames columns any milestone's checks read as numbers; every other column stays text.
NUMERIC = {"Lot_Frontage", "Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Lot_Area",
           "Full_Bath", "Longitude", "Mo_Sold", "Sale_Price"}


def read_columns(names):
    """Some columns of every sale, numbers as floats: a quick reader, so checks stay fast."""
    def read():
        with open("data/ames.csv", newline="") as file:
            records = csv.reader(file)
            header = next(records)
            positions = [header.index(name) for name in names]
            return [{name: float(cells[i]) if name in NUMERIC else cells[i] for name, i in zip(names, positions)}
                    for cells in records]
    return cached("columns " + " ".join(names), read)


def calling(call, hint_when, hint):
    """Make a call; if it raises an error whose text contains `hint_when`, fail with `hint` first."""
    try:
        return call()
    except CheckFailed as failure:
        if hint_when in str(failure):
            fail(f"{hint}\n{failure}")
        raise


def kind_slip(actual, expected, path=""):
    """Where `actual` first holds another kind of value than `expected` (an int where a float
    belongs, a tuple where a list belongs): (path such as "[0]['Area']", sentence), or None."""
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
    return next((slip for place, got, want in pairs if (slip := kind_slip(got, want, place))), None)


def same_kinds(actual, expected, what, advice):
    """Fail, with `advice`, unless `actual` holds the same kinds of values as `expected`;
    `what` names the value, e.g. "the list load_rows returned"."""
    slip = kind_slip(actual, expected)
    if slip:
        path, kind = slip
        where = f"the value at {path} of {what}" if path else what
        fail(f"{where[0].upper()}{where[1:]} is {kind}. {advice}")


def _a(noun):
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"
