def random_walk(steps, seed):
    """Return the positions of a walk from 0: each step is +1 if rng.random() < 0.5, else -1."""
    ...


def running_means(values):
    """Return the list whose item k is the mean of values[0] .. values[k]."""
    ...


def sample_means(values, sample_size, repeats, seed):
    """Return `repeats` means of samples drawn with replacement by rng.choices(values, k=sample_size)."""
    ...


def histogram_counts(values, bins, low, high):
    """Return how many values fall in each of `bins` equal-width bins from low to high.

    A value equal to high counts in the last bin; values outside [low, high] are left out.
    """
    ...


if __name__ == "__main__":
    # Press Run to explore. This part does not run when you press Check.
    walk = random_walk(500, seed=7)
    flips = [1 if step > 0 else 0 for step in (b - a for a, b in zip(walk, walk[1:]))]
    show.line({"share of +1 steps so far": running_means(flips)}, title="The law of large numbers",
              x_label="steps", y_label="running mean")
    prices = read_prices(DATA_PATH)
    means = sample_means(prices, 30, 1000, seed=1)
    print("spread of the prices", round(math.sqrt(sum((p - sum(prices) / len(prices)) ** 2 for p in prices) / len(prices))),
          "spread of the means of 30", round(math.sqrt(sum((m - sum(means) / len(means)) ** 2 for m in means) / len(means))))
    print("counts of the means in 10 bins:", histogram_counts(means, 10, min(means), max(means)))
    show.histogram(prices, bins=30, title="200 sale prices: skewed", x_label="Sale_Price ($)")
    show.histogram(means, bins=30, title="1,000 means of 30 prices: close to a bell curve", x_label="mean Sale_Price ($)")
