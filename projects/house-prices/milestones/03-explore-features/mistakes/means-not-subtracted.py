# mistake: forgets to subtract the means before multiplying
# expect: Subtract the means first


def correlation(xs, ys):
    """Return Pearson's correlation coefficient r of two equally long lists."""
    n = len(xs)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    covariance = sum(x * y for x, y in zip(xs, ys))
    spread_x = math.sqrt(sum(x ** 2 for x in xs))
    spread_y = math.sqrt(sum(y ** 2 for y in ys))
    return covariance / (spread_x * spread_y)
