# mistake: divides the central difference by h instead of 2 h
# expect: divide by 2 * h, not by h


def derivative(f, x, h=1e-5):
    """Return the central-difference estimate of f'(x)."""
    return (f(x + h) - f(x - h)) / h
