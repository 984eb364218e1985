# mistake: returns the column as a tuple, which the instructions do not ask for
# expect: it should be a list


def column(rows, name):
    """Return the list of the values of one column, in row order."""
    return tuple(row[name] for row in rows)
