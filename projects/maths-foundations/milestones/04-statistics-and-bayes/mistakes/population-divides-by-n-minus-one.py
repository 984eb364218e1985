# mistake: the population variance divides by n - 1
# expect: The population variance is the plain mean of the squared deviations


def population_variance(values):
    """Return the mean squared deviation from the mean (divide by n)."""
    centre = mean(values)
    return sum((v - centre) ** 2 for v in values) / (len(values) - 1)
