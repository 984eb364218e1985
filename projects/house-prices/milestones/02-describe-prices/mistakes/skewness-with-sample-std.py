# mistake: divides the third moment by the cube of the sample standard deviation (n - 1)
# expect: Both moments m2 and m3 divide by n


def skewness(values):
    """Return the moment skewness m3 / m2 ** 1.5 (both moments divide by n)."""
    centre = mean(values)
    n = len(values)
    m3 = sum((v - centre) ** 3 for v in values) / n
    return m3 / std(values) ** 3
