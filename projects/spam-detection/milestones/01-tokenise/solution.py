import csv


def load_messages(path):
    """Return the (label, text) pairs of a CSV file with columns label and text."""
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        next(reader)
        return [(label, text) for label, text in reader]


def tokenize(text):
    """Return the tokens of one message: lower-cased, punctuation removed, <url> and <num>."""
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
    """Return {label: fraction of messages with that label}."""
    counts = {}
    for label, _ in messages:
        counts[label] = counts.get(label, 0) + 1
    return {label: count / len(messages) for label, count in counts.items()}


if __name__ == "__main__":
    from buildpath import show

    messages = load_messages("data/messages.csv")
    print(len(messages), "messages;", class_balance(messages))
    show.table([{"label": label, "text": text, "tokens": " ".join(tokenize(text))}
                for label, text in messages[:8]], title="First messages and their tokens")
