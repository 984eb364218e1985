# mistake: runs k-means on the raw columns, so the minutes outweigh the service calls
# expect: standardise the columns before k-means


def segment_customers(X, k, seed, max_iterations):
    """k-means on the standardised columns; each segment's size and mean of the original columns."""
    result = kmeans(X, k, seed, max_iterations)
    profiles = []
    for j in range(k):
        members = [row for row, label in zip(X, result["labels"]) if label == j]
        profiles.append({"size": len(members),
                         "means": [sum(values) / len(members) for values in zip(*members)] if members else None})
    return {"labels": result["labels"], "inertia": result["inertia"], "profiles": profiles}
