# mistake: leaves the pixels between 0 and 16
# expect: Divide every pixel by 16


def normalise(images):
    """Return new images with every pixel divided by 16, so values lie in [0, 1]."""
    return [list(image) for image in images]
