# mistake: deleted punctuation before looking for web addresses, so they are mangled
# expect: the address lost its punctuation
import csv


def load_messages(path):
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        next(reader)
        return [(label, text) for label, text in reader]


def tokenize(text):
    tokens = []
    for piece in text.lower().split():
        word = "".join(ch for ch in piece if ch.isalnum())
        if not word:
            continue
        if "://" in word or word.startswith("www."):
            tokens.append("<url>")
        elif word.isdigit():
            tokens.append("<num>")
        else:
            tokens.append(word)
    return tokens


def class_balance(messages):
    counts = {}
    for label, _ in messages:
        counts[label] = counts.get(label, 0) + 1
    return {label: count / len(messages) for label, count in counts.items()}
