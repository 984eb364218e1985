# mistake: does not check the length, so one value divides by zero
# expect: divided by zero (n - 1 = 0)


def sample_variance(values):
    """Return the sample variance (divide by n - 1); raise ValueError for fewer than two values."""
    centre = mean(values)
    return sum((v - centre) ** 2 for v in values) / (len(values) - 1)
