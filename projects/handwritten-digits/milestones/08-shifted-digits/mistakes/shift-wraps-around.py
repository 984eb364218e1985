# mistake: wraps pixels around the edges with %, like rolling the image
# expect: Nothing wraps around


def shift_image(pixels, dx, dy):
    """Move an image of 64 pixels dx columns to the right and dy rows down (negative values
    move left and up); pixels moved in from outside are 0."""
    return [pixels[((row - dy) % 8) * 8 + (column - dx) % 8] for row in range(8) for column in range(8)]
