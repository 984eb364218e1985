def correlation(xs, ys):
    """Return Pearson's correlation coefficient r of two equally long lists of numbers."""
    ...


def rank_by_correlation(rows, target):
    """Return [(column, r), ...] for every numeric column except `target`, largest |r| first.

    A column is numeric when its value is a float in every row.
    """
    ...


def drop_large_houses(rows, max_area):
    """Return a new list of the rows whose Gr_Liv_Area is at most `max_area`."""
    ...
