import csv
import math


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
    """Return the sorted tokens seen at least min_count times (milestone 2)."""
    counts = {}
    for tokens in token_lists:
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
    return sorted(token for token, count in counts.items() if count >= min_count)


def class_log_priors(labels):
    """Return {label: log of the fraction of labels equal to it}."""
    ...


def word_log_likelihoods(token_lists, labels, vocabulary, alpha=1.0):
    """Return {label: {word: log P(word | label)}} with Laplace smoothing alpha.

    P(w | c) = (N_c(w) + alpha) / (N_c + alpha * len(vocabulary)), counting only
    vocabulary tokens. Every label and every vocabulary word gets an entry.
    """
    ...


def log_scores(tokens, log_priors, log_likelihoods):
    """Return {label: log prior + sum of the log likelihoods of the known tokens}."""
    ...


def predict(tokens, log_priors, log_likelihoods):
    """Return the label with the highest score."""
    ...


if __name__ == "__main__":
    messages = load_messages("data/messages.csv")
    train = [m for i, m in enumerate(messages) if i % 5 != 0]
    test = [m for i, m in enumerate(messages) if i % 5 == 0]
    train_tokens = [tokenize(text) for _, text in train]
    train_labels = [label for label, _ in train]
    vocabulary = build_vocabulary(train_tokens)
    priors = class_log_priors(train_labels)
    likelihoods = word_log_likelihoods(train_tokens, train_labels, vocabulary)
    right = sum(predict(tokenize(text), priors, likelihoods) == label for label, text in test)
    print(f"{right} of {len(test)} held-out messages classified correctly")
    print(log_scores(tokenize("Claim your free prize now at www.win.test"), priors, likelihoods))

