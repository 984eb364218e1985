del squared_distance


def standardise(X):
    """(Z, means, stds): each column minus its mean, divided by its population std (1 where that is 0)."""
    ...


def nearest(point, centroids):
    """The index of the closest centroid by squared distance; the lowest index on a tie."""
    ...


def kmeans(points, k, seed, max_iterations):
    """Lloyd's algorithm from k seeded starting points: {"centroids", "labels", "inertia", "iterations"}."""
    ...


def elbow(points, ks, seed, max_iterations):
    """The inertia of k-means for each k in ks."""
    ...


def segment_customers(X, k, seed, max_iterations):
    """k-means on the standardised columns; each segment's size and mean of the original columns."""
    ...
