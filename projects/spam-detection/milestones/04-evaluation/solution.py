import csv
import math

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
        denominator = sum(class_counts.values()) + alpha * len(vocabulary)
        likelihoods[label] = {word: math.log((count + alpha) / denominator)
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


def confusion_counts(actual, predicted, positive):
    """Return {"tp": ..., "fp": ..., "fn": ..., "tn": ...}; labels other than positive are negative."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for truth, guess in zip(actual, predicted):
        if guess == positive:
            counts["tp" if truth == positive else "fp"] += 1
        else:
            counts["fn" if truth == positive else "tn"] += 1
    return counts


def accuracy(actual, predicted):
    """Return the fraction of positions where actual and predicted agree."""
    return sum(truth == guess for truth, guess in zip(actual, predicted)) / len(actual)


def ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def precision_recall_f1(actual, predicted, positive):
    """Return (precision, recall, f1) for the class `positive`; 0.0 when a denominator is 0."""
    counts = confusion_counts(actual, predicted, positive)
    precision = ratio(counts["tp"], counts["tp"] + counts["fp"])
    recall = ratio(counts["tp"], counts["tp"] + counts["fn"])
    return precision, recall, ratio(2 * precision * recall, precision + recall)


def baseline_accuracy(actual):
    """Return the accuracy of always predicting the most common label of actual."""
    return max(actual.count(label) for label in set(actual)) / len(actual)


def plot_confusion(counts, negative, positive):
    """Draw [[tn, fp], [fn, tp]] with show.heatmap, labelled rows and columns, title "Confusion matrix"."""
    show.heatmap([[counts["tn"], counts["fp"]], [counts["fn"], counts["tp"]]],
                 row_labels=["actual " + negative, "actual " + positive],
                 column_labels=["predicted " + negative, "predicted " + positive],
                 title="Confusion matrix")


def train_and_predict(train, test):
    """Train naive Bayes on the (label, text) pairs of train; predict the texts of test."""
    token_lists = [tokenize(text) for _, text in train]
    labels = [label for label, _ in train]
    priors = class_log_priors(labels)
    likelihoods = word_log_likelihoods(token_lists, labels, build_vocabulary(token_lists))
    return [predict(tokenize(text), priors, likelihoods) for _, text in test]


if __name__ == "__main__":
    messages = load_messages("data/messages.csv")
    train = [m for i, m in enumerate(messages) if i % 5 != 0]
    test = [m for i, m in enumerate(messages) if i % 5 == 0]
    actual = [label for label, _ in test]
    predicted = train_and_predict(train, test)
    print("accuracy", accuracy(actual, predicted), "baseline", baseline_accuracy(actual))
    print("precision, recall, F1:", precision_recall_f1(actual, predicted, "spam"))
    plot_confusion(confusion_counts(actual, predicted, "spam"), "ham", "spam")
