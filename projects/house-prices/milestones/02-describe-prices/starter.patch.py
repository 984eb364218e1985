def mean(values):
    """Return the arithmetic mean of a non-empty list of numbers."""
    ...


def median(values):
    """Return the middle of the sorted values (average of the two middle ones for an even count).

    Do not change the caller's list.
    """
    ...


def std(values):
    """Return the sample standard deviation: divide the sum of squared deviations by n - 1."""
    ...


def skewness(values):
    """Return the skewness m3 / m2 ** 1.5, where m_k = (1/n) * sum((x - mean) ** k)."""
    ...


def describe(values):
    """Return {"count", "mean", "median", "std", "skewness"} of the values."""
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    prices = load_prices(DATA_PATH)
    log_prices = [math.log(p) for p in prices]
    show.table([{"scale": "dollars", **describe(prices)}, {"scale": "log dollars", **describe(log_prices)}],
               title="Sale prices")
    show.histogram(prices, bins=40, title="Sale prices", x_label="Sale_Price ($)")
    show.histogram(log_prices, bins=40, title="Log of sale prices", x_label="log(Sale_Price)")
