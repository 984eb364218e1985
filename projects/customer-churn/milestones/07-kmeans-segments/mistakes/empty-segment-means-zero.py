# mistake: gives an empty segment means of 0.0 instead of None
# expect: An empty segment has no mean


def segment_customers(X, k, seed, max_iterations):
    """k-means on the standardised columns; each segment's size and mean of the original columns."""
    Z, _, _ = standardise(X)
    result = kmeans(Z, k, seed, max_iterations)
    profiles = []
    for j in range(k):
        members = [row for row, label in zip(X, result["labels"]) if label == j]
        means = [sum(values) / len(members) for values in zip(*members)] if members else [0.0] * len(X[0])
        profiles.append({"size": len(members), "means": means})
    return {"labels": result["labels"], "inertia": result["inertia"], "profiles": profiles}
