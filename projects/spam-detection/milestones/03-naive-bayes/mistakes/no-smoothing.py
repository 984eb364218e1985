# mistake: no Laplace smoothing; unseen words get probability zero (log -inf)
# expect: Laplace smoothing
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
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return {label: math.log(count / len(labels)) for label, count in counts.items()}


def word_log_likelihoods(token_lists, labels, vocabulary, alpha=1.0):
    """Return {label: {word: log P(word | label)}} with Laplace smoothing alpha."""
    counts = {label: dict.fromkeys(vocabulary, 0) for label in labels}
    for tokens, label in zip(token_lists, labels):
        class_counts = counts[label]
        for token in tokens:
            if token in class_counts:
                class_counts[token] += 1
    likelihoods = {}
    for label, class_counts in counts.items():
        total = sum(class_counts.values())
        likelihoods[label] = {word: math.log(count / total) if count else -math.inf
                              for word, count in class_counts.items()}
    return likelihoods


def log_scores(tokens, log_priors, log_likelihoods):
    """Return {label: log prior + sum of the log likelihoods of the known tokens}."""
    scores = {}
    for label, prior in log_priors.items():
        words = log_likelihoods[label]
        scores[label] = prior + sum(words[token] for token in tokens if token in words)
    return scores


def predict(tokens, log_priors, log_likelihoods):
    """Return the label with the highest score."""
    scores = log_scores(tokens, log_priors, log_likelihoods)
    return max(scores, key=scores.get)

