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


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    rows = load_rows(DATA_PATH)
    ranking = rank_by_correlation(rows, "Sale_Price")
    show.table([{"column": name, "r": round(r, 3)} for name, r in ranking[:12]],
               title="Columns most correlated with Sale_Price")
    large = [row for row in rows if row["Gr_Liv_Area"] > 4000]
    show.table(large, columns=["Gr_Liv_Area", "Sale_Price", "Sale_Condition", "Neighborhood"],
               title="Houses over 4,000 sq ft")
    show.scatter([row["Gr_Liv_Area"] for row in rows], [row["Sale_Price"] for row in rows],
                 title="Living area against price", x_label="Gr_Liv_Area", y_label="Sale_Price",
                 colors=["over 4,000 sq ft" if row["Gr_Liv_Area"] > 4000 else "sale" for row in rows])
    kept = drop_large_houses(rows, 4000)
    print(len(kept), "sales kept; r =", correlation([row["Gr_Liv_Area"] for row in kept],
                                                 [row["Sale_Price"] for row in kept]))
