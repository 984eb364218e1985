# mistake: refuses exactly one value, but an empty list still reaches the division
# expect: sample_variance([]) divided by zero


def sample_variance(values):
    """Return the sample variance (divide by n - 1); raise ValueError for a single value."""
    if len(values) == 1:
        raise ValueError("the sample variance needs at least two values")
    centre = mean(values)
    return sum((v - centre) ** 2 for v in values) / (len(values) - 1)
