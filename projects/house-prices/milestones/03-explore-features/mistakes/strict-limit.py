# mistake: drops a house of exactly max_area square feet too (< instead of <=)
# expect: A house of exactly max_area square feet should stay


def drop_large_houses(rows, max_area):
    """Return a new list of the rows whose Gr_Liv_Area is at most `max_area`."""
    return [row for row in rows if row["Gr_Liv_Area"] < max_area]
