# mistake: counted the words of every message, whatever its label
# expect: Count only the messages whose label equals
import csv

from buildpath import show


def load_messages(path):
    """Return the (label, text) pairs of a CSV file with columns label and text."""
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        next(reader)
        return [(label, text) for label, text in reader]


def tokenize(text):
    """Return the tokens of one message (milestone 1)."""
    tokens = []
    for piece in text.lower().split():
        if "://" in piece or piece.startswith("www."):
            tokens.append("<url>")
            continue
        word = "".join(ch for ch in piece if ch.isalnum())
        if word:
            tokens.append("<num>" if word.isdigit() else word)
    return tokens


def build_vocabulary(token_lists, min_count=1):
    counts = {}
    for tokens in token_lists:
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
    return sorted(token for token, count in counts.items() if count >= min_count)


def bag_of_words(tokens, vocabulary):
    return [tokens.count(word) for word in vocabulary]


def top_words(token_lists, labels, label, n):
    counts = {}
    for tokens in token_lists:
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]


def plot_top_words(pairs, title):
    show.bar([w for w, _ in pairs], [c for _, c in pairs], title=title, x_label="word", y_label="count")
