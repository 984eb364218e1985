# Plain loops with csv.reader and zip instead of DictReader and comprehensions;
# numbers recognised by trying float() inside the loop.
import csv

DATA_PATH = "data/ames.csv"


def parse_value(text):
    try:
        number = float(text)
    except ValueError:
        return text
    return number


def load_rows(path):
    rows = []
    with open(path, newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        for cells in reader:
            row = {}
            for name, cell in zip(header, cells):
                row[name] = parse_value(cell)
            rows.append(row)
    return rows


def count_empty(rows):
    columns = []
    for row in rows:
        for name in row:
            if name not in columns:
                columns.append(name)
    counts = {}
    for name in columns:
        total = 0
        for row in rows:
            if row[name] == "":
                total += 1
        if total > 0:
            counts[name] = total
    return counts


def count_value(rows, column, value):
    total = 0
    for row in rows:
        if row[column] == value:
            total += 1
    return total
