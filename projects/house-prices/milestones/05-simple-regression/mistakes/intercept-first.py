# mistake: returns the pair the other way round, (intercept, slope)
# expect: return the tuple (slope, intercept), the slope first


def fit_line(xs, ys):
    """Return (intercept, slope) of the least-squares line y = slope * x + intercept."""
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    slope = (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
             / sum((x - mean_x) ** 2 for x in xs))
    return mean_y - slope * mean_x, slope
