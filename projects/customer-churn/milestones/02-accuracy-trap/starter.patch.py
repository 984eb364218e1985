def confusion_matrix(actual, predicted):
    """Return {"tp", "fp", "fn", "tn"} with "yes" as the positive class."""
    ...


def classification_scores(actual, predicted):
    """Return accuracy, precision, recall and F1 for the "yes" class."""
    ...


def is_useful(actual, predicted):
    """True when the predictions find a churner and beat the always-"no" accuracy."""
    ...


def stratified_split(rows, test_fraction, seed):
    """Return (train, test): each label's rows shuffled by one generator and cut separately."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    customers = load_labels(DATA_PATH)
    train, test = stratified_split(customers, TEST_FRACTION, SEED)
    actual = [row["churn"] for row in test]
    always_no = ["no"] * len(actual)
    many_calls = ["yes" if row["calls"] >= 4 else "no" for row in test]
    show.table([{"model": "always no", **classification_scores(actual, always_no), "useful": is_useful(actual, always_no)},
                {"model": "4+ service calls", **classification_scores(actual, many_calls),
                 "useful": is_useful(actual, many_calls)}], title="Two simple models on the test customers")
