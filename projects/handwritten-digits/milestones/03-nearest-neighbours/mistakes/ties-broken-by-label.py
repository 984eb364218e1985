# mistake: sorts (distance, label) pairs, so equal distances are ordered by label
# expect: ties were broken by the label


def nearest_labels(train_images, train_labels, image, k):
    """Labels of the k training images nearest to image, nearest first; of two
    training images at the same distance, the earlier one comes first."""
    pairs = sorted((distance(train_image, image), label) for train_image, label in zip(train_images, train_labels))
    return [label for _, label in pairs[:k]]
