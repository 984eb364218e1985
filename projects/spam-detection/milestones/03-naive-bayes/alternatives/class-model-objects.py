import csv
import math
from collections import Counter, defaultdict


def tokenize(text):
    tokens = []
    for piece in text.lower().split():
        if "://" in piece or piece.startswith("www."):
            tokens.append("<url>")
        elif word := "".join(filter(str.isalnum, piece)):
            tokens.append("<num>" if word.isdigit() else word)
    return tokens


def class_log_priors(labels):
    counts = Counter(labels)
    log_total = math.log(len(labels))
    return {label: math.log(n) - log_total for label, n in counts.items()}


def word_log_likelihoods(token_lists, labels, vocabulary, alpha=1.0):
    known = set(vocabulary)
    counts = defaultdict(Counter)
    for tokens, label in zip(token_lists, labels):
        counts[label].update(t for t in tokens if t in known)
    result = {}
    for label in set(labels):
        log_denominator = math.log(sum(counts[label].values()) + alpha * len(vocabulary))
        result[label] = {w: math.log(counts[label][w] + alpha) - log_denominator for w in vocabulary}
    return result


def log_scores(tokens, log_priors, log_likelihoods):
    return {
        label: log_priors[label] + sum(map(log_likelihoods[label].get, tokens, [0.0] * len(tokens)))
        for label in log_priors
    }


def predict(tokens, log_priors, log_likelihoods):
    ranked = sorted(log_scores(tokens, log_priors, log_likelihoods).items(), key=lambda kv: kv[1])
    return ranked[-1][0]


if __name__ == "__main__":
    with open("data/messages.csv", newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    tokens = [tokenize(row["text"]) for row in rows]
    labels = [row["label"] for row in rows]
    vocabulary = sorted({t for ts in tokens for t in ts})
    model = class_log_priors(labels), word_log_likelihoods(tokens, labels, vocabulary)
    print(predict(tokenize("Claim your free prize"), *model))
