import csv

from buildpath import show

DATA_PATH = "data/ames.csv"


def parse_value(text):
    """Return the text as a float if it is a number, otherwise the text unchanged."""
    try:
        return float(text)
    except ValueError:
        return text


def load_rows(path):
    """Read a CSV file into a list of dicts, one per line, with numbers converted."""
    with open(path, newline="") as file:
        return [
            {name: parse_value(text) for name, text in record.items()}
            for record in csv.DictReader(file)
        ]


def count_empty(rows):
    """Return {column: number of empty cells} for the columns that have any."""
    counts = {}
    for row in rows:
        for name, value in row.items():
            if value == "":
                counts[name] = counts.get(name, 0) + 1
    return counts


def count_value(rows, column, value):
    """Return how many rows hold exactly `value` in `column`."""
    return sum(1 for row in rows if row[column] == value)


if __name__ == "__main__":
    rows = load_rows(DATA_PATH)
    print(len(rows), "sales with", len(rows[0]), "columns")
    show.table(rows[:5], columns=["Neighborhood", "Gr_Liv_Area", "Year_Built", "Sale_Price"],
               title="The first five sales")
    print("empty cells:", count_empty(rows))
    print("lots with 0 ft of street frontage:", count_value(rows, "Lot_Frontage", 0))
    print("houses without a basement:", count_value(rows, "Bsmt_Cond", "No_Basement"))
    print("houses without a garage:", count_value(rows, "Garage_Type", "No_Garage"))
