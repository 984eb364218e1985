def parse_value(text):
    """Return the text as a float if it is a number, otherwise the text unchanged.

    parse_value("1.5") -> 1.5      parse_value("Gable") -> "Gable"
    """
    ...


def load_rows(path):
    """Read the CSV file at `path` into a list of dicts, one per sale.

    Use csv.DictReader and pass every value through parse_value.
    """
    ...


def count_empty(rows):
    """Return {column: number of empty cells ""} for the columns that have any."""
    ...


def count_value(rows, column, value):
    """Return how many rows hold exactly `value` in `column`."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    rows = load_rows(DATA_PATH)
    print(len(rows), "sales with", len(rows[0]), "columns")
    show.table(rows[:5], columns=["Neighborhood", "Gr_Liv_Area", "Year_Built", "Sale_Price"],
               title="The first five sales")
    print("empty cells:", count_empty(rows))
    print("lots with 0 ft of street frontage:", count_value(rows, "Lot_Frontage", 0))
    print("houses without a basement:", count_value(rows, "Bsmt_Cond", "No_Basement"))
    print("houses without a garage:", count_value(rows, "Garage_Type", "No_Garage"))
