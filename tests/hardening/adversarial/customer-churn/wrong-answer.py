# Attack: none: a plain wrong answer, checked after the hostile Runs
# It must fail in a clean worker; after a Run that left something behind it must fail too.
import csv
import random

DATA_PATH = "data/churn.csv"


def load_labels(path):
    with open(path, newline="") as file:
        return [{"churn": record["churn"], "calls": float(record["number_customer_service_calls"])}
                for record in csv.DictReader(file)]


def confusion_matrix(actual, predicted):
    pairs = list(zip(actual, predicted))
    return {"tp": pairs.count(("yes", "yes")), "fp": pairs.count(("yes", "no")),  # wrong: fp and fn swapped
            "fn": pairs.count(("no", "yes")), "tn": pairs.count(("no", "no"))}


def classification_scores(actual, predicted):
    counts = confusion_matrix(actual, predicted)
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    precision = tp / (tp + fp) if tp + fp else 0
    recall = tp / (tp + fn) if tp + fn else 0
    return {"accuracy": (tp + tn) / len(actual), "precision": precision, "recall": recall,
            "f1": (precision + recall) / 2}  # wrong: not the harmonic mean


def is_useful(actual, predicted):
    return classification_scores(actual, predicted)["accuracy"] > 0.8  # wrong: trusts accuracy


def stratified_split(rows, test_fraction, seed):
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)  # wrong: not stratified
    size = round(len(shuffled) * test_fraction)
    return shuffled[size:], shuffled[:size]
