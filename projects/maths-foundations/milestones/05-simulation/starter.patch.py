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
