import collections
import csv
import re

URL = re.compile(r"^(www\.|.*://)")
NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    return [(row["label"], row["text"]) for row in rows]


def tokenize(text):
    def token(piece):
        if URL.match(piece):
            return "<url>"
        word = NOT_LETTER_OR_DIGIT.sub("", piece)
        return "<num>" if word.isdigit() else word

    return [t for t in map(token, text.lower().split()) if t]


def class_balance(messages):
    counts = collections.Counter(label for label, _ in messages)
    total = sum(counts.values())
    return {label: n / total for label, n in counts.items()}
