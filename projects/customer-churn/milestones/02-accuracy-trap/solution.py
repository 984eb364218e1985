import csv
import random

from buildpath import show

DATA_PATH = "data/churn.csv"
TEST_FRACTION = 0.2
SEED = 7


def load_labels(path):
    """Given: the customers as dicts holding their "churn" label and their service calls."""
    with open(path, newline="") as file:
        return [{"churn": record["churn"], "calls": float(record["number_customer_service_calls"])}
                for record in csv.DictReader(file)]


def confusion_matrix(actual, predicted):
    """Return {"tp", "fp", "fn", "tn"} with "yes" as the positive class."""
    pairs = list(zip(actual, predicted))
    return {"tp": pairs.count(("yes", "yes")), "fp": pairs.count(("no", "yes")),
            "fn": pairs.count(("yes", "no")), "tn": pairs.count(("no", "no"))}


def classification_scores(actual, predicted):
    """Return accuracy, precision, recall and F1 for the "yes" class."""
    counts = confusion_matrix(actual, predicted)
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"accuracy": (tp + tn) / len(actual), "precision": precision, "recall": recall, "f1": f1}


def is_useful(actual, predicted):
    """True when the predictions find a churner and beat the always-"no" accuracy."""
    scores = classification_scores(actual, predicted)
    always_no = classification_scores(actual, ["no"] * len(actual))
    return scores["recall"] > 0 and scores["accuracy"] > always_no["accuracy"]


def stratified_split(rows, test_fraction, seed):
    """Return (train, test): each label's rows shuffled by one generator and cut separately."""
    rng = random.Random(seed)
    train, test = [], []
    for label in ("no", "yes"):
        group = [row for row in rows if row["churn"] == label]
        rng.shuffle(group)
        size = round(len(group) * test_fraction)
        test.extend(group[:size])
        train.extend(group[size:])
    return train, test


if __name__ == "__main__":
    customers = load_labels(DATA_PATH)
    train, test = stratified_split(customers, TEST_FRACTION, SEED)
    actual = [row["churn"] for row in test]
    always_no = ["no"] * len(actual)
    many_calls = ["yes" if row["calls"] >= 4 else "no" for row in test]
    show.table([{"model": "always no", **classification_scores(actual, always_no), "useful": is_useful(actual, always_no)},
                {"model": "4+ service calls", **classification_scores(actual, many_calls),
                 "useful": is_useful(actual, many_calls)}], title="Two simple models on the test customers")
