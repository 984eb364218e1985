# mistake: returns only the shifted copies, dropping the original training digits
# expect: Keep the original images first


def augment_with_shifts(images, labels, shifts):
    """The original images and labels, followed by a shifted copy of all of them for each
    (dx, dy) in shifts, in that order."""
    new_images, new_labels = [], []
    for dx, dy in shifts:
        new_images += [shift_image(image, dx, dy) for image in images]
        new_labels += labels
    return new_images, new_labels
