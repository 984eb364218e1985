# mistake: divides by n in the standard deviation (population instead of sample)
# expect: Those are population standard deviations


def column_stats(matrix):
    """Return (means, stds): the mean and sample standard deviation of every column."""
    n = len(matrix)
    means = [sum(column) / n for column in zip(*matrix)]
    stds = [math.sqrt(sum((x - m) ** 2 for x in column) / n) for column, m in zip(zip(*matrix), means)]
    return means, stds
