# mistake: returns the highest probability instead of the digit that has it
# expect: that is the highest probability, not the digit


def predict_digit(params, image):
    """The digit the network gives the highest probability."""
    _, probabilities = forward(params, image)
    return max(probabilities)
