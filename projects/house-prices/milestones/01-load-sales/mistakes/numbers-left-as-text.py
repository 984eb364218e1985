# mistake: returns csv.DictReader's records as they are, so numbers stay text
# expect: came back as the text '8450'
import csv

DATA_PATH = "data/ames.csv"


def parse_value(text):
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    with open(path, newline="") as file:
        return list(csv.DictReader(file))


def count_empty(rows):
    counts = {}
    for row in rows:
        for name, value in row.items():
            if value == "":
                counts[name] = counts.get(name, 0) + 1
    return counts


def count_value(rows, column, value):
    return sum(1 for row in rows if row[column] == value)
