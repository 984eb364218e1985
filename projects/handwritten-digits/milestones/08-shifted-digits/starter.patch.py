def shift_image(pixels, dx, dy):
    """Move an image of 64 pixels dx columns to the right and dy rows down (negative values
    move left and up); pixels moved in from outside are 0."""
    ...


def accuracy_under_shifts(classify, images, labels, shifts):
    """For each (dx, dy) in shifts, the accuracy of classify(image) on the shifted images:
    a dict (dx, dy) -> accuracy."""
    ...


def augment_with_shifts(images, labels, shifts):
    """The original images and labels, followed by a shifted copy of all of them for each
    (dx, dy) in shifts, in that order."""
    ...
