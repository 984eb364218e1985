# Counts with collections.Counter, and splits by shuffling lists of positions per label
# (shuffle depends only on the length, so the positions land where the rows would).
import random
from collections import Counter


def confusion_matrix(actual, predicted):
    pairs = Counter(zip(actual, predicted))
    return {"tp": pairs[("yes", "yes")], "fp": pairs[("no", "yes")], "fn": pairs[("yes", "no")], "tn": pairs[("no", "no")]}


def ratio(top, bottom):
    return top / bottom if bottom else 0.0


def classification_scores(actual, predicted):
    c = confusion_matrix(actual, predicted)
    precision, recall = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
    return {"accuracy": ratio(c["tp"] + c["tn"], len(actual)), "precision": precision, "recall": recall,
            "f1": ratio(2 * precision * recall, precision + recall)}


def is_useful(actual, predicted):
    scores = classification_scores(actual, predicted)
    majority_accuracy = actual.count("no") / len(actual)
    return scores["recall"] > 0 and scores["accuracy"] > majority_accuracy


def stratified_split(rows, test_fraction, seed):
    rng = random.Random(seed)
    parts = ([], [])
    for label in ("no", "yes"):
        positions = [i for i, row in enumerate(rows) if row["churn"] == label]
        rng.shuffle(positions)
        cut = round(len(positions) * test_fraction)
        parts[1].extend(rows[i] for i in positions[:cut])
        parts[0].extend(rows[i] for i in positions[cut:])
    return parts[0], parts[1]
