"""Helpers the checks of every handwritten-digits milestone share (`import checks_support`)."""

from buildpath.checking import cached, solution

DATA = "data/digits.csv"


def digits():
    """(images, labels) of every digit, read once by the reference load_digits."""
    return cached("digits", lambda: solution.load_digits(DATA))


def pixels_and_labels():
    """Every digit with its pixels scaled by the reference normalise, and the labels."""
    def compute():
        images, labels = digits()
        return solution.normalise(images), labels
    return cached("pixels_and_labels", compute)
