# mistake: returns the csv module's rows as they come, lists rather than (label, text) tuples
# expect: is a list; it should be a tuple


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        return list(csv.reader(file))[1:]
