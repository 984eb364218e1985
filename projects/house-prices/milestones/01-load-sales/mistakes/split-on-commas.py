# mistake: splits each line on "," by hand, which keeps the quotes around text values
# expect: Splitting lines on ',' by hand keeps the quotes
DATA_PATH = "data/ames.csv"


def parse_value(text):
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    with open(path) as file:
        lines = file.read().splitlines()
    names = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        values = line.split(",")
        rows.append({name: parse_value(value) for name, value in zip(names, values)})
    return rows


def count_empty(rows):
    counts = {}
    for row in rows:
        for name, value in row.items():
            if value == "":
                counts[name] = counts.get(name, 0) + 1
    return counts


def count_value(rows, column, value):
    return sum(1 for row in rows if row[column] == value)
