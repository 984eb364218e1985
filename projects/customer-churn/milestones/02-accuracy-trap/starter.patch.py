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
