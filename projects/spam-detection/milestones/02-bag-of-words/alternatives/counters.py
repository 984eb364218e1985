import csv
from collections import Counter
from itertools import chain

from buildpath import show


def tokenize(text):
    tokens = []
    for piece in text.lower().split():
        if "://" in piece or piece.startswith("www."):
            tokens.append("<url>")
        elif word := "".join(filter(str.isalnum, piece)):
            tokens.append("<num>" if word.isdigit() else word)
    return tokens


def build_vocabulary(token_lists, min_count=1):
    counts = Counter(chain.from_iterable(token_lists))
    return sorted(word for word in counts if counts[word] >= min_count)


def bag_of_words(tokens, vocabulary):
    counts = Counter(tokens)
    return [counts[word] for word in vocabulary]


def top_words(token_lists, labels, label, n):
    counts = Counter()
    for tokens, own in zip(token_lists, labels):
        if own == label:
            counts.update(tokens)
    ranked = sorted(counts.items(), key=lambda pair: pair[0])
    ranked.sort(key=lambda pair: pair[1], reverse=True)
    return ranked[:n]


def plot_top_words(pairs, title):
    words, counts = zip(*pairs) if pairs else ((), ())
    show.bar(list(words), list(counts), title=title, x_label="word", y_label="count")


if __name__ == "__main__":
    with open("data/messages.csv", newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    token_lists = [tokenize(row["text"]) for row in rows]
    plot_top_words(top_words(token_lists, [row["label"] for row in rows], "spam", 10), "Spam")
