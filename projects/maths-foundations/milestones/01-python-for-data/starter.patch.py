def read_sales(path):
    """Return the rows of the CSV file as dicts, the NUMBER_COLUMNS as ints."""
    ...


def column(rows, name):
    """Return the list of the values of one column, in row order."""
    ...


def count_by(rows, name):
    """Return {value: how many rows have it} for one column."""
    ...


def mean_price_by(rows, name):
    """Return {value: the mean Sale_Price of the rows with that value}."""
    ...


def most_common(counts):
    """Return the key with the largest count; on a tie, the one first in alphabetical order."""
    ...
