def parse_value(text):
    """Return the text as a float if it is a number, otherwise the text unchanged.

    parse_value("1.5") -> 1.5      parse_value("Gable") -> "Gable"
    """
    ...


def load_rows(path):
    """Read the CSV file at `path` into a list of dicts, one per sale.

    Use csv.DictReader and pass every value through parse_value.
    """
    ...


def count_empty(rows):
    """Return {column: number of empty cells ""} for the columns that have any."""
    ...


def count_value(rows, column, value):
    """Return how many rows hold exactly `value` in `column`."""
    ...
