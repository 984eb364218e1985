# mistake: lets a later centroid win a tie
# expect: On a tie, take the lowest index


def nearest(point, centroids):
    """The index of the closest centroid by squared distance; the lowest index on a tie."""
    distances = [squared_distance(point, c) for c in centroids]
    return max(i for i, d in enumerate(distances) if d == min(distances))
