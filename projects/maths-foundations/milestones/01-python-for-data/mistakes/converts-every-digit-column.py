# mistake: turns every cell made of digits into an int, not only the columns NUMBER_COLUMNS names
# expect: It is a category written in digits, not one of NUMBER_COLUMNS


def read_sales(path):
    """Read the sales file into a list of dicts, every cell of digits as an int."""
    with open(path, newline="") as file:
        rows = []
        for record in csv.DictReader(file):
            rows.append({name: int(text) if text.isdigit() else text for name, text in record.items()})
    return rows
