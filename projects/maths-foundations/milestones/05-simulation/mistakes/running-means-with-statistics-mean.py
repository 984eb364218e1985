# mistake: averages each prefix with statistics.mean, which gives an int when int values have a whole mean
# expect: statistics.mean keeps an int when the values are ints
import statistics


def running_means(values):
    """Return the list whose item k is the mean of values[0] .. values[k]."""
    return [statistics.mean(values[:k + 1]) for k in range(len(values))]
