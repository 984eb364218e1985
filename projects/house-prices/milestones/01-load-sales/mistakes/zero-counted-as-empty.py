# mistake: tests `not value`, so a number 0 is counted as an empty cell
# expect: is a number, not an empty cell
import csv

DATA_PATH = "data/ames.csv"


def parse_value(text):
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    with open(path, newline="") as file:
        return [{name: parse_value(text) for name, text in record.items()} for record in csv.DictReader(file)]


def count_empty(rows):
    counts = {}
    for row in rows:
        for name, value in row.items():
            if not value:
                counts[name] = counts.get(name, 0) + 1
    return counts


def count_value(rows, column, value):
    return sum(1 for row in rows if row[column] == value)
