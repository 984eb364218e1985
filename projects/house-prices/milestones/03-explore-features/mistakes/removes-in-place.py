# mistake: removes the large houses from the caller's list instead of building a new one
# expect: changed its arguments
import csv
import math

from buildpath import show

DATA_PATH = "data/ames.csv"


def parse_value(text):
    """Given: the text as a float if it is a number, otherwise the text unchanged."""
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    """Given: the CSV file as a list of dicts, numbers converted to floats."""
    with open(path, newline="") as file:
        return [{name: parse_value(text) for name, text in record.items()} for record in csv.DictReader(file)]


def correlation(xs, ys):
    """Return Pearson's correlation coefficient r of two equally long lists."""
    n = len(xs)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    return covariance / (spread_x * spread_y)


def rank_by_correlation(rows, target):
    """Return (column, r) for every numeric column except `target`, strongest |r| first."""
    targets = [row[target] for row in rows]
    numeric = [name for name in rows[0]
               if name != target and all(isinstance(row[name], float) for row in rows)]
    pairs = [(name, correlation([row[name] for row in rows], targets)) for name in numeric]
    return sorted(pairs, key=lambda pair: abs(pair[1]), reverse=True)


def drop_large_houses(rows, max_area):
    """Return a new list of the rows whose Gr_Liv_Area is at most `max_area`."""
    for row in list(rows):
        if row["Gr_Liv_Area"] > max_area:
            rows.remove(row)
    return rows


if __name__ == "__main__":
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
