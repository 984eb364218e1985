# mistake: moves the caller's point in place (and puts it back only roughly)
# expect: partial changed the point it was given


def partial(f, point, i, h=1e-5):
    """Return the central-difference estimate of the partial derivative of f in coordinate i at point."""
    point[i] += h
    above = f(point)
    point[i] -= 2 * h
    below = f(point)
    return (above - below) / (2 * h)
