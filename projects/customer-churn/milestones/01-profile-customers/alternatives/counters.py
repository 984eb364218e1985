# Reads the file with csv.reader and zip, and counts with collections.Counter instead of
# building lists of rows per group.
import csv
from collections import Counter

DATA_PATH = "data/churn.csv"


def parse_value(text):
    try:
        return float(text)
    except ValueError:
        return text


def load_customers(path):
    with open(path, newline="") as file:
        records = csv.reader(file)
        header = next(records)
        return [dict(zip(header, map(parse_value, cells))) for cells in records]


def column_types(rows):
    text_columns = {name for row in rows for name, value in row.items() if not isinstance(value, float)}
    return {name: ("text" if name in text_columns else "number") for name in rows[0]}


def churn_rate(rows):
    return Counter(row["churn"] for row in rows)["yes"] / len(rows)


def churn_rate_by(rows, column):
    customers = Counter(row[column] for row in rows)
    leavers = Counter(row[column] for row in rows if row["churn"] == "yes")
    return {value: {"customers": count, "churn_rate": leavers[value] / count} for value, count in customers.items()}
