del column_means_and_variances


def load_spambase(path):
    """Return (features, labels): a list of rows of 57 floats, and 1 for spam / 0 for nonspam."""
    ...


def stratified_split(labels, test_fraction, seed):
    """Return (train_indices, test_indices), both sorted.

    For each class in sorted order: list its positions, shuffle them with one
    random.Random(seed), and put the first round(test_fraction * count) in the test part.
    """
    ...


def fit_gaussian_nb(features, labels):
    """Return {label: {"log_prior": ..., "means": [...], "variances": [...]}}.

    Variances are population variances (divide by n) plus
    epsilon = 1e-9 * the largest variance of any feature over all the rows.
    """
    ...


def predict_gaussian_nb(model, row):
    """Return the label with the highest log P(label) + sum of the log normal densities."""
    ...


def test_accuracy(features, labels, train_indices, test_indices):
    """Fit on the training rows only; return the accuracy on the test rows."""
    ...
