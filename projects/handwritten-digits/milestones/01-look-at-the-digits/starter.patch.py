def load_digits(path):
    """Read the digits CSV: return (images, labels), each image a list of 64 ints."""
    ...


def to_grid(pixels):
    """Turn 64 pixel values (row by row) into an 8x8 grid: a list of 8 rows of 8 values."""
    ...


def class_counts(labels):
    """Return a dict digit -> how many labels equal it, for every digit 0..9."""
    ...


def split_digits(images, labels, n_train, n_validation):
    """Split by position: the first n_train images train, the next n_validation validate,
    the rest test. Return ((train_images, train_labels), (validation_images, validation_labels),
    (test_images, test_labels))."""
    ...
