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


def count_tokens(token_lists):
    counts = {}
    for tokens in token_lists:
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
    return counts


def build_vocabulary(token_lists, min_count=1):
    """Return the sorted list of tokens occurring at least min_count times in token_lists."""
    counts = count_tokens(token_lists)
    return sorted(token for token, count in counts.items() if count >= min_count)


def bag_of_words(tokens, vocabulary):
    """Return a list of counts: position j is how often vocabulary[j] occurs in tokens."""
    position = {word: j for j, word in enumerate(vocabulary)}
    counts = [0] * len(vocabulary)
    for token in tokens:
        if token in position:
            counts[position[token]] += 1
    return counts


def top_words(token_lists, labels, label, n):
    """Return the n most frequent (word, count) pairs of the messages labelled `label`."""
    counts = count_tokens(tokens for tokens, own in zip(token_lists, labels) if own == label)
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]


def plot_top_words(pairs, title):
    """Draw (word, count) pairs with show.bar."""
    show.bar([word for word, _ in pairs], [count for _, count in pairs],
             title=title, x_label="word", y_label="count")


if __name__ == "__main__":
    messages = load_messages("data/messages.csv")
    token_lists = [tokenize(text) for _, text in messages]
    labels = [label for label, _ in messages]
    vocabulary = build_vocabulary(token_lists, min_count=2)
    print(len(vocabulary), "words seen at least twice")
    for label in ("ham", "spam"):
        plot_top_words(top_words(token_lists, labels, label, 15), f"Most frequent words in {label}")
