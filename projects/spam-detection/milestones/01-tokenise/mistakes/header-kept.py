# mistake: the header row is read as if it were a message
# expect: that is the header row


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        return [(row[0], row[1]) for row in csv.reader(file)]
