# mistake: keeps the last of equally likely classes
# expect: On a tie return the first class


def predict(weights, biases, image):
    probabilities = predict_probabilities(weights, biases, image)
    best = 0
    for digit, probability in enumerate(probabilities):
        if probability >= probabilities[best]:
            best = digit
    return best
