# mistake: divides by n, giving the population standard deviation instead of the sample one
# expect: That is the population standard deviation


def std(values):
    """Return the sample standard deviation (divide by n - 1)."""
    centre = mean(values)
    return math.sqrt(sum((v - centre) ** 2 for v in values) / len(values))
