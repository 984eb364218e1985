# mistake: removes the large houses from the caller's list instead of building a new one
# expect: changed its arguments


def drop_large_houses(rows, max_area):
    """Return a new list of the rows whose Gr_Liv_Area is at most `max_area`."""
    for row in list(rows):
        if row["Gr_Liv_Area"] > max_area:
            rows.remove(row)
    return rows
