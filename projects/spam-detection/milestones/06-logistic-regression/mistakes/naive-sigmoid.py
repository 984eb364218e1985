# mistake: the textbook sigmoid, which overflows for very negative z
# expect: `sigmoid` overflowed


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))
