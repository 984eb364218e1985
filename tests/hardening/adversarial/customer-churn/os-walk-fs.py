# Attack: walks the file system from / for solution.py, checks.py or any file defining the functions
# Issue 20: the reference and the checks must not be readable as files while learner code runs.
import os

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


def _search():
    for folder, subfolders, files in os.walk("/"):
        subfolders[:] = [name for name in subfolders if name not in ("proc", "dev", "sys")]
        if "/lib/python" in folder:
            continue
        for name in files:
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(folder, name), encoding="utf-8") as file:
                    text = file.read()
            except Exception:
                continue
            if "def stratified_split(" in text and "def is_useful(" in text:
                return text
    return None


_text = _search()
if _text is not None:
    exec(compile(_text, "found.py", "exec"), globals())
