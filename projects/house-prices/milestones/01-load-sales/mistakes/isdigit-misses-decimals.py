# mistake: recognises numbers with str.isdigit, which rejects decimals and negative numbers
# expect: Decimals and negative numbers are numbers too
import csv

DATA_PATH = "data/ames.csv"


def parse_value(text):
    if text.isdigit():
        return float(text)
    return text


def load_rows(path):
    with open(path, newline="") as file:
        return [{name: parse_value(text) for name, text in record.items()} for record in csv.DictReader(file)]


def count_empty(rows):
    counts = {}
    for row in rows:
        for name, value in row.items():
            if value == "":
                counts[name] = counts.get(name, 0) + 1
    return counts


def count_value(rows, column, value):
    return sum(1 for row in rows if row[column] == value)
