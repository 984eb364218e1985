# statistics.correlation for r, an explicit loop to find the numeric columns, and a
# filter() call to drop the large houses.
import csv
import statistics

DATA_PATH = "data/ames.csv"


def parse_value(text):
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    with open(path, newline="") as file:
        return [{name: parse_value(text) for name, text in record.items()} for record in csv.DictReader(file)]


def correlation(xs, ys):
    return statistics.correlation(xs, ys)


def is_numeric(rows, name):
    for row in rows:
        if not isinstance(row[name], float):
            return False
    return True


def strength(pair):
    return abs(pair[1])


def rank_by_correlation(rows, target):
    prices = [row[target] for row in rows]
    ranking = []
    for name in rows[0]:
        if name != target and is_numeric(rows, name):
            ranking.append((name, correlation([row[name] for row in rows], prices)))
    ranking.sort(key=strength, reverse=True)
    return ranking


def drop_large_houses(rows, max_area):
    return list(filter(lambda row: not row["Gr_Liv_Area"] > max_area, rows))
