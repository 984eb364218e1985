# mistake: returns csv.DictReader's records as they are, so numbers stay text
# expect: came back as the text '8450'


def load_rows(path):
    with open(path, newline="") as file:
        return list(csv.DictReader(file))
