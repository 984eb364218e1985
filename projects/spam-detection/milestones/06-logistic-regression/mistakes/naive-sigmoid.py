# mistake: the textbook sigmoid, which overflows for very negative z
# expect: `sigmoid` overflowed


def sigmoid(z):
    """Return 1 / (1 + e^-z) without overflowing for large |z|."""
    return 1.0 / (1.0 + math.exp(-z))
