# mistake: reads whole numbers with int(), so Lot_Area 8450 comes back as the int 8450
# expect: is the int 8450; it should be a float


def load_rows(path):
    """Read a CSV file into a list of dicts, one per line, with whole numbers as ints."""
    def value(text):
        return int(text) if text.lstrip("-").isdigit() else parse_value(text)
    with open(path, newline="") as file:
        return [{name: value(text) for name, text in record.items()} for record in csv.DictReader(file)]
