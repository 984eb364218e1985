# mistake: averages with statistics.mean, which keeps an int when the average of whole pixels is whole
# expect: is the int 9; it should be a float
import statistics


def class_centroids(images, labels):
    """Return a dict digit -> mean image of the images with that label."""
    groups = {}
    for image, label in zip(images, labels):
        groups.setdefault(label, []).append(image)
    return {label: [statistics.mean(column) for column in zip(*group)] for label, group in groups.items()}
