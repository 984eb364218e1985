# mistake: the header row is read as if it were a message
# expect: that is the header row
import csv


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        return [(row[0], row[1]) for row in csv.reader(file)]


def tokenize(text):
    tokens = []
    for piece in text.lower().split():
        if "://" in piece or piece.startswith("www."):
            tokens.append("<url>")
            continue
        word = "".join(ch for ch in piece if ch.isalnum())
        if word:
            tokens.append("<num>" if word.isdigit() else word)
    return tokens


def class_balance(messages):
    counts = {}
    for label, _ in messages:
        counts[label] = counts.get(label, 0) + 1
    return {label: count / len(messages) for label, count in counts.items()}
