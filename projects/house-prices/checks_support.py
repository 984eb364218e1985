"""Helpers the checks of every house-prices milestone share (`import checks_support`)."""

import csv

from buildpath.checking import CheckFailed, cached, fail

# The Ames columns any milestone's checks read as numbers; every other column stays text.
NUMERIC = {"Lot_Frontage", "Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Year_Built", "Lot_Area",
           "Full_Bath", "Longitude", "Mo_Sold", "Sale_Price"}


def ames_cells():
    """(header, rows of text cells) of data/ames.csv, read once per worker; checks must not modify them."""
    def read():
        with open("data/ames.csv", newline="") as file:
            records = csv.reader(file)
            header = next(records)
            return header, list(records)
    return cached("ames cells", read)


def read_columns(names):
    """Some columns of every sale, numbers as floats: a quick reader, so checks stay fast."""
    def read():
        header, rows = ames_cells()
        positions = [header.index(name) for name in names]
        return [{name: float(cells[i]) if name in NUMERIC else cells[i] for name, i in zip(names, positions)}
                for cells in rows]
    return cached("columns " + " ".join(names), read)


def calling(call, hint_when, hint):
    """Make a call; if it raises an error whose text contains `hint_when`, fail with `hint` first."""
    try:
        return call()
    except CheckFailed as failure:
        if hint_when in str(failure):
            fail(f"{hint}\n{failure}")
        raise


