"""Helpers the checks of every maths-foundations milestone share (`import checks_support`)."""

import csv
import random

from buildpath.checking import CheckFailed, cached, fail

NEIGHBOURHOODS = ["College_Creek", "Edwards", "Gilbert", "North_Ames", "Old_Town", "Sawyer", "Somerset"]


def read_table(name):
    """A data file's rows as dicts of text, read once per worker."""
    def read():
        with open("data/" + name, newline="") as file:
            return list(csv.DictReader(file))
    return cached("table " + name, read)


def numbers(name, columns):
    """Some columns of a data file as lists of floats."""
    rows = read_table(name)
    return {column: [float(row[column]) for row in rows] for column in columns}


def invented_sales(seed, count):
    """Sales with the sample's columns, drawn from random.Random(seed): inputs no learner has seen."""
    rng = random.Random(seed)
    return [{
        "Sale_Price": rng.randrange(40_000, 600_000),
        "Gr_Liv_Area": rng.randrange(500, 3_500),
        "Year_Built": rng.randrange(1880, 2011),
        "Full_Bath": rng.randrange(0, 4),
        "Bedroom_AbvGr": rng.randrange(0, 6),
        "Neighborhood": rng.choice(NEIGHBOURHOODS),
        "Central_Air": rng.choice("YN"),
    } for _ in range(count)]


def random_vector(rng, size, low=-10.0, high=10.0):
    return [rng.uniform(low, high) for _ in range(size)]


def exact_type(value, kind, what, advice):
    """Fail unless `value` is exactly of `kind` (a tuple is not a list, a float is not an int)."""
    if type(value) is not kind:
        fail(f"{what} is {'an' if type(value).__name__[0] in 'aeiou' else 'a'} {type(value).__name__}; "
             f"it should be {'an' if kind.__name__[0] in 'aeiou' else 'a'} {kind.__name__}. {advice}")


def explaining(advice, run):
    """Run a check's calls; if one fails, add what kind of thing is probably wrong (held-out inputs stay unsaid)."""
    try:
        run()
    except CheckFailed as failure:
        fail(f"{failure}\n{advice}")
