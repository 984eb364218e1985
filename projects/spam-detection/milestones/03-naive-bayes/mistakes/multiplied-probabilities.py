# mistake: multiplies probabilities, which underflow to 0.0 on long messages
# expect: underflows to 0.0


def predict(tokens, log_priors, log_likelihoods):
    """Return the label with the highest score."""
    probabilities = {}
    for label, prior in log_priors.items():
        probability = math.exp(prior)
        for token in tokens:
            if token in log_likelihoods[label]:
                probability *= math.exp(log_likelihoods[label][token])
        probabilities[label] = probability
    return max(probabilities, key=probabilities.get)
