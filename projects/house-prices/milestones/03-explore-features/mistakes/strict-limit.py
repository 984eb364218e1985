# mistake: drops a house of exactly max_area square feet too (< instead of <=)
# expect: A house of exactly max_area square feet should stay
import csv
import math

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
    return [row for row in rows if row["Gr_Liv_Area"] < max_area]
