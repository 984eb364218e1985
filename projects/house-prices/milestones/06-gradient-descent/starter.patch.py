LEARNING_RATE = 0.001  # task 5: choose a better learning rate


EPOCHS = 20  # task 5: and a number of epochs, at most 300


def column_stats(matrix):
    """Return (means, stds): the mean and sample standard deviation (n - 1) of every column."""
    ...


def standardise(matrix, means, stds):
    """Return a new matrix with every x in column j replaced by (x - means[j]) / stds[j]."""
    ...


def gradient_descent(X, y, learning_rate, epochs):
    """Fit y ~ X w + b by batch gradient descent on the mean squared error.

    Start from w = 0 (one weight per column) and b = 0. Return (weights, bias, losses),
    where losses[k] is the mean squared error at the start of epoch k.
    """
    ...


def train_and_test(train, test, features, learning_rate, epochs):
    """Standardise with the training statistics, fit by gradient descent, measure on test.

    Return {"weights": ..., "bias": ..., "losses": ..., "test_rmse": ...}.
    """
    ...
