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


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    X, churn = load_usage(DATA_PATH, USAGE)
    X, churn = X[::SAMPLE_STEP], churn[::SAMPLE_STEP]
    Z, _, _ = standardise(X)
    show.line(elbow(Z, KS, SEED, MAX_ITERATIONS), x=KS, title="Elbow: inertia by number of segments",
              x_label="k", y_label="inertia")
    segments = segment_customers(X, K, SEED, MAX_ITERATIONS)
    rows = []
    for j, profile in enumerate(segments["profiles"]):
        churned = [c for c, label in zip(churn, segments["labels"]) if label == j]
        rows.append({"segment": j, "customers": profile["size"], "churn rate": sum(churned) / len(churned),
                     **{name: round(value, 1) for name, value in zip(USAGE, profile["means"])}})
    show.table(rows, title="The segments")
