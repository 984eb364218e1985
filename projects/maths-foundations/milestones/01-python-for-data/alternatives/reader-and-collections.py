# csv.reader with column positions, collections.Counter and defaultdict, sorted() for the tie.
import csv
from collections import Counter, defaultdict

NUMBER_COLUMNS = ("Sale_Price", "Gr_Liv_Area", "Year_Built", "Full_Bath", "Bedroom_AbvGr")


def read_sales(path):
    with open(path, newline="") as file:
        lines = csv.reader(file)
        header = next(lines)
        sales = []
        for cells in lines:
            sale = {}
            for name, cell in zip(header, cells):
                sale[name] = int(cell) if name in NUMBER_COLUMNS else cell
            sales.append(sale)
        return sales


def column(rows, name):
    values = []
    for row in rows:
        values.append(row[name])
    return values


def count_by(rows, name):
    return dict(Counter(row[name] for row in rows))


def mean_price_by(rows, name):
    groups = defaultdict(list)
    for row in rows:
        groups[row[name]].append(row["Sale_Price"])
    return {value: sum(prices) / len(prices) for value, prices in groups.items()}


def most_common(counts):
    best = max(counts.values())
    return sorted(value for value, count in counts.items() if count == best)[0]
