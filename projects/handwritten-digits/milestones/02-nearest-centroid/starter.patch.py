def class_centroids(images, labels):
    """Return a dict digit -> mean image (64 floats) of the images with that label."""
    ...


def distance(a, b):
    """Euclidean distance between two images of the same length."""
    ...


def predict_nearest_centroid(centroids, image):
    """The digit whose centroid is nearest to image; on a tie, the smaller digit."""
    ...


def accuracy(predicted, actual):
    """Fraction of positions where predicted equals actual."""
    ...


def evaluate_nearest_centroid(path):
    """Load the digits, fit centroids on the 1,000 training images and return the
    accuracy on the 497 test images."""
    ...
