# mistake: uses the forward difference (f(x + h) - f(x)) / h
# expect: That is the forward difference


def derivative(f, x, h=1e-5):
    """Return the central-difference estimate of f'(x)."""
    return (f(x + h) - f(x)) / h
